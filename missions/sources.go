package missions

import "github.com/stablehomes/stablehomes"

// JudgementsSource cites the embedded Ofsted judgements (OfstedJudgements):
// Ofsted's inspection outcomes for local authority children's services to
// 31 March 2025, as DfE's National Framework dashboard loads them.
var JudgementsSource = stablehomes.Source{
	Document: "Ofsted, inspections of local authority children's services (ILACS): outcomes to 31 March 2025, as loaded by DfE's National Framework dashboard",
	Section:  "data/ofsted_ilacs_2025-03-31.csv",
	URL:      "https://github.com/dfe-analytical-services/CSC_outcomes_and_enablers",
}
