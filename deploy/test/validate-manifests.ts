import { readFileSync } from 'node:fs';
import { allTopicNames } from '@learnflow/contracts';
import { parseAllDocuments } from 'yaml';
import { checkCustomResource } from './check-custom-resources.ts';
import { checkPolicy, type Expectations } from './check-policy.ts';

// Validates `helm template` output: every object against the Kubernetes schemas (kubernetes-models,
// offline), the CRs of Dapr, Strimzi and CloudNativePG structurally, then the house policy.
//   npx tsx deploy/test/validate-manifests.ts <name>=<rendered.yaml>:<dapr deployments>[:<flags>] ...
// flags (comma list): kafka-job (the topics Job must carry the catalog), gvisor, local-cluster.

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  [field: string]: unknown;
}

type Model = new (data: unknown) => { validate(): void };

async function modelFor(apiVersion: string, kind: string): Promise<Model | undefined> {
  const path = apiVersion.includes('/') ? apiVersion : `v1`;
  try {
    const module = (await import(`kubernetes-models/${path}`)) as Record<string, Model | undefined>;
    return module[kind];
  } catch {
    return undefined;
  }
}

function load(file: string): K8sObject[] {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .map((doc) => {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message}`);
      return doc.toJS() as K8sObject | null;
    })
    .filter((o): o is K8sObject => o !== null && typeof o === 'object');
}

async function validateSchemas(objects: K8sObject[], errors: string[]) {
  const seen = new Set<string>();
  for (const object of objects) {
    const id = `${object.kind}/${object.metadata?.name}`;
    if (!object.apiVersion || !object.kind || !object.metadata?.name) {
      errors.push(
        `an object lacks apiVersion, kind or metadata.name: ${JSON.stringify(object).slice(0, 120)}`,
      );
      continue;
    }
    if (seen.has(id)) errors.push(`${id}: rendered twice`);
    seen.add(id);
    if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(object.metadata.name) || object.metadata.name.length > 253)
      errors.push(`${id}: metadata.name is not a DNS-1123 name`);
    const custom = checkCustomResource(object);
    if (custom !== undefined) {
      errors.push(...custom.map((e) => `${id}: ${e}`));
      continue;
    }
    const Model = await modelFor(object.apiVersion, object.kind);
    if (!Model) {
      errors.push(`${id}: no schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      errors.push(`${id}: ${(error as Error).message.split('\n').slice(0, 3).join('; ')}`);
    }
  }
}

function checkTopics(objects: K8sObject[], errors: string[]) {
  const configMap = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'learnflow-topics');
  const listed = String((configMap?.data as Record<string, string> | undefined)?.['topics.txt'] ?? '')
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean);
  const expected = allTopicNames();
  if (JSON.stringify(listed) !== JSON.stringify(expected))
    errors.push(`learnflow-topics lists ${listed.length} topics, the catalog has ${expected.length}`);
}

const specs = process.argv.slice(2);
if (specs.length === 0) {
  console.error('usage: validate-manifests.ts <name>=<file>:<dapr deployments>[:flags] ...');
  process.exit(2);
}
let failed = 0;
for (const spec of specs) {
  const [name, rest = ''] = spec.split('=');
  const [file = '', dapr = '0', flags = ''] = rest.split(':');
  const errors: string[] = [];
  const objects = load(file);
  await validateSchemas(objects, errors);
  const expectations: Expectations = {
    daprDeployments: Number(dapr),
    gvisor: flags.split(',').includes('gvisor'),
    localCluster: flags.split(',').includes('local-cluster'),
  };
  const summary = checkPolicy(objects, expectations, errors);
  if (flags.split(',').includes('kafka-job')) checkTopics(objects, errors);
  if (errors.length === 0) {
    console.log(`  ok   ${name}: ${objects.length} objects valid; ${summary}`);
  } else {
    failed++;
    console.log(`  FAIL ${name}: ${errors.length} problem(s)`);
    for (const error of errors.slice(0, 25)) console.log(`       - ${error}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
