package missions

// The schemas list the values each of these takes, so that a vendor's
// validator refuses what the Go rules refuse.
