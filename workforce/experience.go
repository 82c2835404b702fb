package workforce

import "github.com/stablehomes/stablehomes"

// Experience is post-qualifying experience on a date, counted from the
// date first registered with Social Work England: the completed years (as
// an age is counted, so 29 February anniversaries fall on 1 March) and the
// total days. Breaks in practice are not subtracted: the record holds no
// career history. The zero Experience is "none".
type Experience struct {
	Years int
	Days  int
}

// ExperienceBetween returns the experience on the date on of someone first
// registered on firstRegistered: zero when not registered (zero date) or
// when on is before it. It never decreases as on moves later.
func ExperienceBetween(firstRegistered, on stablehomes.Date) Experience {
	if firstRegistered.IsZero() || on.Before(firstRegistered) {
		return Experience{}
	}
	return Experience{Years: firstRegistered.AgeOn(on), Days: firstRegistered.DaysUntil(on)}
}

// EarlyCareerStage is where a registered social worker stands on the
// early career path on a date, derived from the date first registered.
type EarlyCareerStage int

// The stages. The early career standards describe the first two years in
// practice; the assessed and supported year (ASYE), and the early career
// development programme replacing it, cover year one.
const (
	NotYetRegistered     EarlyCareerStage = iota // no registration by the date
	FirstYearInPractice                          // under 1 completed year
	SecondYearInPractice                         // 1 completed year
	BeyondEarlyCareer                            // 2 or more completed years
)

var stageNames = [...]string{"not yet registered", "first year in practice", "second year in practice", "beyond the early career period"}

// String names the stage.
func (s EarlyCareerStage) String() string {
	if s < 0 || int(s) >= len(stageNames) {
		return "unknown stage"
	}
	return stageNames[s]
}

// StageOn returns the early-career stage on the date on of someone first
// registered on firstRegistered.
func StageOn(firstRegistered, on stablehomes.Date) EarlyCareerStage {
	if firstRegistered.IsZero() || on.Before(firstRegistered) {
		return NotYetRegistered
	}
	switch ExperienceBetween(firstRegistered, on).Years {
	case 0:
		return FirstYearInPractice
	case 1:
		return SecondYearInPractice
	}
	return BeyondEarlyCareer
}

// ECDPStarts is the first day of the early career development programme,
// which replaces the ASYE from September 2027. The day in September is not
// published; the first of the month is assumed (see ECDPSource).
var ECDPStarts = stablehomes.MustDate(2027, 9, 1)

// ECDPSource cites ECDPStarts.
var ECDPSource = stablehomes.Source{
	Document:    srcEarlyCareer.Document,
	Section:     "Early career development programme replaces ASYE from September 2027",
	URL:         srcEarlyCareer.URL,
	Unconfirmed: "the exact day in September 2027 is not published; 1 September assumed",
}

// FirstYearProgramme returns the programme a social worker first
// registered on firstRegistered follows in the first year: ASYE before
// ECDPStarts, the early career development programme from it. The
// strategy's five-year early career framework was dropped before it
// started and is not a programme here.
func FirstYearProgramme(firstRegistered stablehomes.Date) TrainingCourse {
	if firstRegistered.Before(ECDPStarts) {
		return ASYE
	}
	return EarlyCareerDevelopmentProgramme
}
