package carers_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/carers"
	"github.com/stablehomes/stablehomes/internal/schematest"
)

func samplePayment() carers.Payment {
	return carers.Payment{
		ID:               uuid.MustParse("0b6f3f5e-3c1a-4e8e-9a55-6a5d6f1f0b01"),
		CarerID:          uuid.MustParse("0b6f3f5e-3c1a-4e8e-9a55-6a5d6f1f0a01"),
		CarerKind:        carers.LocalAuthorityFosterCarer,
		ChildRef:         "C1001",
		ChildDateOfBirth: d("2012-03-14"),
		AllowanceArea:    carers.AreaRestOfEngland,
		From:             d("2025-06-02"),
		To:               d("2025-06-09"),
		Allowance:        22000,
		Fee:              15000,
	}
}

func TestCheckPayment(t *testing.T) {
	if err := carers.CheckPayment(samplePayment()); err != nil {
		t.Fatalf("a payment at the minimum: %v", err)
	}
	p := samplePayment()
	p.Allowance, p.Fee = 21999, 100000
	err := carers.CheckPayment(p)
	if !errors.Is(err, carers.RuleAtLeastNMA) || !strings.Contains(err.Error(), "£219.99") || !strings.Contains(err.Error(), "£220.00") {
		t.Errorf("a penny short, big fee: %v", err)
	}
	p = samplePayment()
	p.CarerKind, p.Allowance, p.UnrelatedCarerAllowance = carers.ConnectedPersonFosterCarer, 23000, 25000
	if err := carers.CheckPayment(p); !errors.Is(err, carers.RuleKinshipParity) || errors.Is(err, carers.RuleAtLeastNMA) {
		t.Errorf("kinship paid less than unrelated: %v", err)
	}
	p = samplePayment()
	p.CarerKind = carers.SpecialGuardian
	if err := carers.CheckPayment(p); !errors.Is(err, carers.RuleFosteringAllowanceOnly) {
		t.Errorf("special guardian: %v", err)
	}
	p = samplePayment()
	p.From, p.To = d("2023-01-02"), d("2023-01-09")
	if err := carers.CheckPayment(p); !errors.Is(err, carers.RuleTableHeld) {
		t.Errorf("2022-23: %v", err)
	}
}

// Planted personal data never appears in a message.
func TestNoPersonalDataInMessages(t *testing.T) {
	p := samplePayment()
	p.ChildRef = "Jane-Doe-4471"
	p.ChildDateOfBirth = d("2011-07-19")
	p.Allowance = 100
	schematest.NoPersonalData(t, carers.CheckPayment(p), "Jane", "4471", "2011-07-19", "19/07/2011")
	for _, in := range []string{
		`{"id":"0b6f3f5e-3c1a-4e8e-9a55-6a5d6f1f0b01","carerId":"0b6f3f5e-3c1a-4e8e-9a55-6a5d6f1f0a01","carerKind":"Jane Doe","childRef":"x","childDateOfBirth":"2011-07-19","allowanceArea":"london","from":"2025-06-02","to":"2025-06-09","allowance":1}`,
		`{"id":"0b6f3f5e-3c1a-4e8e-9a55-6a5d6f1f0b01","carerId":"0b6f3f5e-3c1a-4e8e-9a55-6a5d6f1f0a01","carerKind":"local-authority-foster-carer","childRef":"x","childDateOfBirth":"2011-02-30","allowanceArea":"SW1A 1AA","from":"2025-06-02","to":"2025-06-09","allowance":1}`,
	} {
		_, err := carers.DecodePayment(strings.NewReader(in))
		if err == nil {
			t.Fatal("accepted")
		}
		schematest.NoPersonalData(t, err, "Jane", "SW1A", "2011-02-30")
	}
}

func TestCheckPaymentAllocatesNothing(t *testing.T) {
	p := samplePayment()
	if n := testing.AllocsPerRun(100, func() { _ = carers.CheckPayment(p) }); n != 0 {
		t.Errorf("CheckPayment allocates %v times on a valid payment", n)
	}
	dob := d("2012-01-01")
	if n := testing.AllocsPerRun(100, func() { _, _ = carers.WeeklyMinimum(carers.AreaLondon, dob, d("2025-09-01")) }); n != 0 {
		t.Errorf("WeeklyMinimum allocates %v times", n)
	}
}

func TestSchemas(t *testing.T) { schematest.Check(t, carers.PayloadTypes()) }

func TestCarerValidate(t *testing.T) {
	c := carers.Carer{ID: uuid.New(), Kind: carers.SpecialGuardian, Authority: mustLA("313"),
		Approval: carers.Approval{From: d("2024-01-01"), Status: carers.Approved, Children: 1, AgeTo: 17}}
	if err := c.Validate(); !errors.Is(err, carers.RuleFosterApprovalOnly) {
		t.Errorf("special guardian with a fostering approval: %v", err)
	}
	if n := testing.AllocsPerRun(50, func() {
		_ = carers.Carer{ID: c.ID, Kind: carers.LocalAuthorityFosterCarer, Authority: c.Authority, Approval: c.Approval}.Validate()
	}); n != 0 {
		t.Errorf("Validate allocates %v times on a valid carer", n)
	}
}

func mustLA(code string) stablehomes.LocalAuthority {
	la, err := stablehomes.LookupLA(code)
	if err != nil {
		panic(err)
	}
	return la
}

func seeds(f *testing.F, name string) {
	for _, dir := range []string{"valid", "invalid", "invalid-rules"} {
		files, _ := filepath.Glob(filepath.Join("testdata", dir, name, "*.json"))
		for _, file := range files {
			b, _ := os.ReadFile(file)
			f.Add(b)
		}
	}
}

func FuzzDecodeCarer(f *testing.F) {
	seeds(f, "carer")
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := carers.DecodeCarer(bytes.NewReader(b))
		var vs stablehomes.Violations
		if err != nil && !errors.As(err, &vs) {
			t.Fatalf("not violations: %v", err)
		}
		if err == nil && c.Validate() != nil {
			t.Fatal("accepted but invalid")
		}
	})
}

func FuzzDecodePayment(f *testing.F) {
	seeds(f, "payment")
	f.Fuzz(func(t *testing.T, b []byte) {
		_, err := carers.DecodePayment(bytes.NewReader(b))
		var vs stablehomes.Violations
		if err != nil && !errors.As(err, &vs) {
			t.Fatalf("not violations: %v", err)
		}
	})
}

func BenchmarkWeeklyMinimum(b *testing.B) {
	dob, on := d("2012-01-01"), d("2025-09-01")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := carers.WeeklyMinimum(carers.AreaLondon, dob, on); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheckPayment(b *testing.B) {
	p := samplePayment()
	b.ReportAllocs()
	for b.Loop() {
		if err := carers.CheckPayment(p); err != nil {
			b.Fatal(err)
		}
	}
}
