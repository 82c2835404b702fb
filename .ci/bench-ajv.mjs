// bench-ajv: time ajv (draft 2020-12, strict, formats, as ajv-check.mjs
// sets it up) on the NDJSON .ci/bench wrote, with the shipped schema and the
// hand-simplified copy. Prints "kind variant seconds" per round.
import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const dir = process.argv[2];
const rounds = Number(process.argv[3] || 3);
for (let r = 0; r < rounds; r++) {
  for (const kind of ["placement", "practitioner"]) {
    const lines = fs.readFileSync(path.join(dir, kind + ".ndjson"), "utf8").split("\n").filter((l) => l !== "");
    for (const variant of ["shipped", "simplified"]) {
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      addFormats(ajv);
      ajv.addKeyword({ keyword: "x-enum-titles", schemaType: "object" });
      ajv.addKeyword({ keyword: "x-enum-descriptions", schemaType: "object" });
      const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(dir, `${kind}.${variant}.json`), "utf8")));
      const t0 = process.hrtime.bigint();
      let bad = 0;
      for (const l of lines) if (!validate(JSON.parse(l))) bad++;
      const s = Number(process.hrtime.bigint() - t0) / 1e9;
      if (bad) { console.error(`${kind} ${variant}: ajv rejected ${bad} records`); process.exit(1); }
      console.log(`${kind} ${variant} ${s}`);
    }
  }
}
