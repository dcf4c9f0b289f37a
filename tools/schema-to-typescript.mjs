// Reads a JSON Schema on standard input and writes its TypeScript declarations (with every
// definition in `$defs`) to standard output, with json-schema-to-typescript. Run by
// `cargo xtask api` (xtask/src/api/document_types.rs), which prepares the schema.
import { compile } from 'json-schema-to-typescript';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const schema = JSON.parse(input);
const types = await compile(schema, schema.title, {
  bannerComment: '',
  // A field the schema does not name is a mistake in a host's document: no index signatures.
  additionalProperties: false,
  unreachableDefinitions: true,
  ignoreMinAndMaxItems: true,
  strictIndexSignatures: true,
  style: { singleQuote: true, printWidth: 100 },
});
process.stdout.write(types);
