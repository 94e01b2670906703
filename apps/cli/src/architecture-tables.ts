import { TOPICS } from '@learnflow/contracts';
import { PLATFORM_TABLES, type ServiceDefinition } from '@learnflow/platform';
import { declaredFlows } from './flows.ts';

const BEGIN = '<!-- generated from the service definitions by `npm run docs:architecture`: do not edit -->';
const END = '<!-- end of generated tables -->';

const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : '-');

/** The services, flow and table-owner tables of docs/architecture.md, from the service definitions. */
export function architectureTables(services: readonly ServiceDefinition[]): string {
  const flows = declaredFlows(services);
  const serviceRows = services.map((s) => {
    const consumes = [...new Set((s.subscriptions ?? []).flatMap((sub) => sub.topics))];
    return `| ${s.id} | ${s.port} | ${s.description} | ${list(consumes)} | ${list(s.publishes)} |`;
  });
  const flowRows = flows.map((flow) => {
    const topic = Object.values(TOPICS).find((t) => t.name === flow.topic);
    return `| ${flow.topic} | ${list(flow.producers)} | ${list(flow.consumers)} | ${topic?.description ?? ''} |`;
  });
  const ownerRows = [
    ...services
      .filter((s) => s.owns.length > 0)
      .map((s) => {
        const reference = s.reference ?? [];
        const own = s.owns.filter((table) => !reference.includes(table));
        return `| ${s.id} | ${list(own)} | ${list(reference)} |`;
      }),
    `| platform (the host) | ${list(PLATFORM_TABLES)} | - |`,
  ];
  return [
    BEGIN,
    '',
    '| service | port | what it does | consumes | publishes |',
    '|---|---|---|---|---|',
    ...serviceRows,
    '',
    'Each flow: who publishes on the topic, who consumes it, what it carries.',
    '',
    '| topic | published by | consumed by | what it carries |',
    '|---|---|---|---|',
    ...flowRows,
    '',
    "Who owns each table (`owns` in the service definitions): only the owner's SQL names it.",
    '',
    '| owner | owns | reference data (read by any service) |',
    '|---|---|---|',
    ...ownerRows,
    '',
    END,
  ].join('\n');
}

/** `doc` with its generated tables replaced by `tables` (the doc must hold the two markers). */
export function withTables(doc: string, tables: string): string {
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (begin === -1 || end < begin)
    throw new Error('docs/architecture.md has lost its generated-table markers');
  return doc.slice(0, begin) + tables + doc.slice(end + END.length);
}
