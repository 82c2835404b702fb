// ajv-check: compile every committed schema (<package>/schemas/*.json) with
// ajv's draft 2020-12 class, strict mode and ajv-formats, then validate the
// package's testdata payloads and compare with what each folder promises:
//   testdata/valid/<type>/*.json          the schema must accept
//   testdata/invalid/<type>/*.json        the schema must reject
//   testdata/invalid-rules/<type>/*.json  the schema must accept (the Go rules reject)
// The Go suite checks the same folders with another validator and the Go
// decoders, so the verdicts of the two validators are compared file by file.
import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = path.resolve(process.argv[2] || "..");
const skip = new Set(["node_modules", ".git", "testdata"]);

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (skip.has(e.name)) continue;
      const p = path.join(dir, e.name);
      if (e.name === "schemas") yield p;
      yield* walk(p);
    }
  }
}

const expectations = [["valid", true], ["invalid", false], ["invalid-rules", true]];
let schemas = 0, files = 0;
const failures = [];

for (const schemaDir of walk(root)) {
  const pkgDir = path.dirname(schemaDir);
  for (const f of fs.readdirSync(schemaDir).filter((n) => n.endsWith(".json")).sort()) {
    const name = f.replace(/\.json$/, "");
    const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, f), "utf8"));
    // multipleOf (a missions Value's 0.01) is read as doubles by ajv: 21.7 / 0.01 is
    // 2169.9999999999995, refused without a precision. santhosh-tekuri and
    // the Go decoder read the number exactly.
    const ajv = new Ajv2020({ strict: true, allErrors: true, multipleOfPrecision: 9 });
    addFormats(ajv);
    // Annotations on every code list (enum): each value's title and
    // description. Strict mode refuses unknown keywords, so declare them;
    // they validate nothing.
    ajv.addKeyword({ keyword: "x-enum-titles", schemaType: "object" });
    ajv.addKeyword({ keyword: "x-enum-descriptions", schemaType: "object" });
    let validate;
    try {
      validate = ajv.compile(schema);
    } catch (e) {
      failures.push(`${path.relative(root, path.join(schemaDir, f))}: does not compile: ${e.message}`);
      continue;
    }
    schemas++;
    for (const [folder, want] of expectations) {
      const dir = path.join(pkgDir, "testdata", folder, name);
      if (!fs.existsSync(dir)) continue;
      for (const p of fs.readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
        const file = path.join(dir, p);
        files++;
        let ok;
        try {
          ok = validate(JSON.parse(fs.readFileSync(file, "utf8")));
        } catch {
          ok = false; // not JSON at all
        }
        if (ok !== want) {
          const why = ok ? "" : " " + JSON.stringify(validate.errors.slice(0, 3));
          failures.push(`${path.relative(root, file)}: ajv ${ok ? "accepts" : "rejects"}, want ${want ? "accept" : "reject"}${why}`);
        }
      }
    }
  }
}

for (const f of failures) console.log("FAIL " + f);
console.log(`ajv: ${schemas} schemas compiled, ${files} payloads checked, ${failures.length} disagreements`);
process.exit(failures.length ? 1 : 0);
