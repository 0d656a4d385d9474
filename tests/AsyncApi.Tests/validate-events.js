// Validates JSON bodies against the messages of an AsyncAPI document with Ajv (JSON Schema
// draft-07, the base of AsyncAPI 3.0's schema format), for tests/AsyncApi.Tests.
//
//   node validate-events.js <asyncapi.json> <cases.json>
//
// cases.json: [{"name": "…", "message": "OrganisationRegistered", "part": "payload" | "headers", "body": {…}}]
// Prints one line of JSON: [{"name": "…", "valid": true | false, "errors": ["…"]}]; exits 0 unless a
// case names a message the document lacks (exit 2). Needs ajv and ajv-formats on NODE_PATH
// (tools/asyncapi/node_modules).
//
// Strict: every object schema that lists its properties is closed here (additionalProperties:
// false), so a field the document does not describe fails the contract test. The document itself
// stays open, so that partners' validators accept fields added to a version later. Webhook headers
// stay open: an HTTP request carries more headers than the three of Standard Webhooks.
'use strict';
const fs = require('fs');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const [documentPath, casesPath] = process.argv.slice(2);
const document = JSON.parse(fs.readFileSync(documentPath, 'utf8'));
const cases = JSON.parse(fs.readFileSync(casesPath, 'utf8'));
const openSchemas = new Set(['WebhookHeaders']);

function close(schema) {
  if (Array.isArray(schema)) {
    schema.forEach(close);
    return;
  }
  if (schema === null || typeof schema !== 'object') {
    return;
  }
  if (schema.properties && schema.additionalProperties === undefined) {
    schema.additionalProperties = false;
  }
  for (const [key, value] of Object.entries(schema)) {
    // Examples are data, not schemas.
    if (key !== 'examples' && key !== 'default' && key !== 'const') {
      close(value);
    }
  }
}

for (const [name, schema] of Object.entries(document.components.schemas)) {
  if (!openSchemas.has(name)) {
    close(schema);
  }
}
for (const message of Object.values(document.components.messages)) {
  close(message.payload);
}

// Only the schemas, where the document has them: "#/components/schemas/…" references resolve as in the document.
const messages = {};
for (const [name, message] of Object.entries(document.components.messages)) {
  messages[name] = { payload: message.payload, headers: message.headers || {} };
}
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'asyncapi.json', components: { schemas: document.components.schemas, messages } });

const results = cases.map(c => {
  if (!document.components.messages[c.message]) {
    console.error(`The document has no message ${c.message}.`);
    process.exit(2);
  }
  const validate = ajv.getSchema(`asyncapi.json#/components/messages/${c.message}/${c.part || 'payload'}`);
  const valid = validate(c.body);
  return {
    name: c.name,
    valid,
    errors: valid ? [] : validate.errors.map(e => `${e.instancePath || '/'} ${e.message}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}`),
  };
});
process.stdout.write(JSON.stringify(results) + '\n');
