// Reads Newman's JSON reports of a fuzz pass (requests sent through Prism's validating proxy) and
// prints two figures with their lists: server errors (5xx answers) and contradictions of the
// documents. A contradiction is an answer that breaks the document (an undeclared status, a body
// or header against the schema), or a request the document refuses that the API accepted (2xx).
// Exits 1 when there is any contradiction.
'use strict';
const fs = require('fs');
const path = require('path');

const serverErrors = new Map();
const contradictions = new Map();
let requests = 0;

function note(map, key) {
  map.set(key, (map.get(key) || 0) + 1);
}

for (const file of process.argv.slice(2)) {
  const [service, identity] = path.basename(file).split('.');
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const execution of report.run.executions || []) {
    const { request, response } = execution;
    if (!request || !response) continue;
    requests++;
    const pathText = '/' + (request.url.path || []).join('/');
    const query = (request.url.query || []).filter(q => !q.disabled).map(q => `${q.key}=${q.value}`).join('&');
    const target = `${request.method} ${pathText}${query ? '?' + query : ''}`;
    const where = `${service}, ${identity}: ${target} → ${response.code}`;
    if (response.code >= 500) note(serverErrors, where);

    const header = (response.header || []).find(h => h.key.toLowerCase() === 'sl-violations');
    const violations = header ? JSON.parse(header.value) : [];
    // Prism reports an undeclared status as a warning: every finding about an answer counts.
    for (const v of violations.filter(v => v.location[0] === 'response')) {
      note(contradictions, `${where}: answer ${v.location.slice(1).join('.')}: ${v.message}`);
    }
    const refused = violations.filter(v => v.location[0] === 'request' && v.severity === 'Error');
    if (response.code >= 200 && response.code < 300 && refused.length > 0) {
      note(contradictions, `${where}: accepted a request the document refuses (${refused.map(v => v.message).join('; ')})`);
    }
  }
}

function list(title, map) {
  console.log(`${title}: ${map.size}`);
  for (const [line, count] of [...map.entries()].sort()) {
    console.log(`  ${line}${count > 1 ? ` (×${count})` : ''}`);
  }
}
console.log(`Fuzz pass: ${requests} requests`);
list('Server errors (5xx)', serverErrors);
list('Contradictions of the documents', contradictions);
process.exit(contradictions.size > 0 ? 1 : 0);
