// ajv-check: compile every committed schema (<package>/schemas/*.json) with
// ajv's draft 2020-12 class, strict mode and ajv-formats, then validate the
// package's testdata payloads and compare with what each folder promises:
//   testdata/valid/<type>/*.json          the schema must accept
//   testdata/invalid/<type>/*.json        the schema must reject
//   testdata/invalid-rules/<type>/*.json  the schema must accept (the Go rules reject)
// The Go suite checks the same folders with another validator and the Go
// decoders, so the verdicts of the two validators are compared file by file.
// Then the corpus of one verdict (internal/verdictcorpus/testdata): each
// payload its manifest lists must get the ajv verdict the manifest states
// (the Go test checks santhosh-tekuri's and Go's on the same files).
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
const validators = new Map(); // "<package>/<type>" → compiled schema

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
    validators.set(path.relative(root, pkgDir).split(path.sep).join("/") + "/" + name, validate);
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

// The corpus: files read as UTF-8 text (invalid bytes become U+FFFD, as in
// any JavaScript consumer), padded with the spaces the manifest asks for.
const corpusDir = path.join(root, "internal", "verdictcorpus", "testdata");
const corpus = fs.existsSync(path.join(corpusDir, "manifest.json"))
  ? JSON.parse(fs.readFileSync(path.join(corpusDir, "manifest.json"), "utf8")) : [];
const byVerdict = new Map();
for (const e of corpus) {
  const validate = validators.get(e.package + "/" + e.type);
  if (!validate) {
    failures.push(`corpus ${e.file}: no schema ${e.package}/${e.type}`);
    continue;
  }
  let ok;
  try {
    ok = validate(JSON.parse(fs.readFileSync(path.join(corpusDir, e.file), "utf8") + " ".repeat(e.pad || 0)));
  } catch {
    ok = false;
  }
  const k = `${e.class}: ajv ${ok ? "accepts" : "rejects"}`;
  byVerdict.set(k, (byVerdict.get(k) || 0) + 1);
  if (ok !== e.want.ajv) {
    failures.push(`corpus ${e.file}: ajv ${ok ? "accepts" : "rejects"}, the manifest says ${e.want.ajv ? "accept" : "reject"}`);
  }
}

for (const f of failures) console.log("FAIL " + f);
for (const [k, n] of [...byVerdict].sort()) console.log(`corpus ${String(n).padStart(3)} × ${k}`);
console.log(`ajv: ${schemas} schemas compiled, ${files} payloads checked, ${corpus.length} corpus payloads, ${failures.length} disagreements`);
process.exit(failures.length ? 1 : 0);
