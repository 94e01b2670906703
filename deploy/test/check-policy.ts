import type { K8sObject } from './validate-manifests.ts';

export interface Expectations {
  /** How many Deployments must carry a Dapr sidecar (the ten services, or none). */
  daprDeployments: number;
  /** The code-execution pod runs under the gVisor RuntimeClass. */
  gvisor: boolean;
  /**
   * deploy/cluster's values (values-local-cluster.yaml): no Dapr, so the services' Deployments carry
   * no sidecar, and the sandbox services' containers are privileged (nothing else may be).
   */
  localCluster: boolean;
}

/** The services whose pods run the sandbox (values.yaml `sandbox.services`). */
const SANDBOX_SERVICES = new Set(['code-execution', 'exercise-agent', 'concepts-agent', 'debug-agent']);

// biome-ignore lint/suspicious/noExplicitAny: rendered manifests are untyped JSON, read field by field
type Json = Record<string, any>;

/** Secrets and ConfigMaps another release or an operator provides, by name. */
const PROVIDED_ELSEWHERE = new Set([
  'learnflow-postgres',
  'learnflow-pg-app',
  'learnflow-app',
  'learnflow-config',
]);

function podSpecOf(object: K8sObject): Json | undefined {
  const spec = object.spec as Json | undefined;
  if (object.kind === 'Pod') return spec;
  if (['Deployment', 'StatefulSet', 'Job', 'DaemonSet'].includes(object.kind)) return spec?.template?.spec;
  return undefined;
}

/**
 * The house rules every render must keep: limits and requests on every container, non-root and
 * no privilege escalation everywhere, probes on long-running workloads, the Dapr annotations on
 * the ten services, references that resolve. Pushes each breach to `errors`; returns a summary.
 */
export function checkPolicy(objects: K8sObject[], expect: Expectations, errors: string[]): string {
  const names = (kind: string) => new Set(objects.filter((o) => o.kind === kind).map((o) => o.metadata.name));
  const secrets = names('Secret');
  const configMaps = names('ConfigMap');
  let pods = 0;
  const daprApps: string[] = [];

  for (const object of objects) {
    const pod = podSpecOf(object);
    if (!pod) continue;
    pods++;
    const id = `${object.kind}/${object.metadata.name}`;
    const podSecurity = pod.securityContext ?? {};
    const containers: Json[] = [...(pod.containers ?? []), ...(pod.initContainers ?? [])];
    for (const c of containers) {
      const where = `${id} container ${c.name}`;
      const security = c.securityContext ?? {};
      for (const kind of ['requests', 'limits'])
        for (const resource of ['cpu', 'memory'])
          if (!c.resources?.[kind]?.[resource]) errors.push(`${where}: no ${kind}.${resource}`);
      if ((security.runAsNonRoot ?? podSecurity.runAsNonRoot) !== true)
        errors.push(`${where}: not runAsNonRoot`);
      if ((security.runAsUser ?? podSecurity.runAsUser) === 0) errors.push(`${where}: runs as uid 0`);
      const sandboxed =
        object.kind === 'Deployment' && SANDBOX_SERVICES.has(object.metadata.name.replace(/^learnflow-/, ''));
      if (expect.localCluster && sandboxed) {
        if (security.privileged !== true) errors.push(`${where}: not privileged (sandbox.mode privileged)`);
      } else {
        if (security.allowPrivilegeEscalation !== false)
          errors.push(`${where}: allowPrivilegeEscalation not false`);
        if (security.privileged === true) errors.push(`${where}: privileged`);
        if (!(security.capabilities?.drop ?? []).includes('ALL'))
          errors.push(`${where}: capabilities not dropped`);
      }
      for (const env of c.env ?? []) {
        const ref = env.valueFrom?.secretKeyRef ?? env.valueFrom?.configMapKeyRef;
        if (
          ref &&
          !ref.optional &&
          !secrets.has(ref.name) &&
          !configMaps.has(ref.name) &&
          !PROVIDED_ELSEWHERE.has(ref.name)
        )
          errors.push(`${where}: env ${env.name} refers to ${ref.name}, which nothing renders`);
      }
      for (const from of c.envFrom ?? []) {
        const name = from.configMapRef?.name ?? from.secretRef?.name;
        if (name && !configMaps.has(name) && !secrets.has(name) && !PROVIDED_ELSEWHERE.has(name))
          errors.push(`${where}: envFrom ${name}, which nothing renders`);
      }
      if (['Deployment', 'StatefulSet'].includes(object.kind) && !(pod.initContainers ?? []).includes(c)) {
        if (!c.readinessProbe) errors.push(`${where}: no readinessProbe`);
        if (!c.livenessProbe) errors.push(`${where}: no livenessProbe`);
      }
    }
    for (const volume of pod.volumes ?? []) {
      const name = volume.configMap?.name;
      if (name && !configMaps.has(name))
        errors.push(`${id}: volume ${volume.name} mounts missing ConfigMap ${name}`);
    }

    const annotations: Record<string, string> = (object.spec as Json)?.template?.metadata?.annotations ?? {};
    if (object.kind === 'Deployment' && annotations['dapr.io/enabled'] === 'true') {
      const app = annotations['dapr.io/app-id'] ?? '';
      daprApps.push(app);
      const main = pod.containers?.[0] ?? {};
      const port = main.ports?.find((p: Json) => p.name === 'http')?.containerPort;
      if (object.metadata.name !== `learnflow-${app}`)
        errors.push(`${id}: dapr.io/app-id ${app} is not its service id`);
      if (annotations['dapr.io/app-port'] !== String(port))
        errors.push(`${id}: dapr.io/app-port is not the http port ${port}`);
      if (main.readinessProbe?.httpGet?.path !== '/ready')
        errors.push(`${id}: readiness probe is not GET /ready`);
      if (main.livenessProbe?.httpGet?.path !== '/health')
        errors.push(`${id}: liveness probe is not GET /health`);
      if (JSON.stringify(main.args) !== JSON.stringify(['serve', app]))
        errors.push(`${id}: args are not [serve, ${app}]`);
      for (const key of ['dapr.io/sidecar-cpu-limit', 'dapr.io/sidecar-memory-limit'])
        if (!annotations[key]) errors.push(`${id}: no ${key} (the sidecar needs limits too)`);
      if (app === 'code-execution') {
        if (expect.gvisor && pod.runtimeClassName !== 'gvisor')
          errors.push(`${id}: not under the gvisor RuntimeClass`);
        if (!expect.gvisor && main.securityContext?.procMount !== 'Unmasked')
          errors.push(`${id}: procMount not Unmasked`);
      }
    } else if (object.kind === 'Deployment' && !expect.localCluster) {
      errors.push(`${id}: a Deployment without a Dapr sidecar`);
    }
    if (object.kind === 'Job' && !object.metadata.annotations?.['helm.sh/hook'])
      errors.push(`${id}: a Job that is not a Helm hook`);
  }

  if (daprApps.length !== expect.daprDeployments)
    errors.push(`${daprApps.length} Dapr-enabled Deployments, expected ${expect.daprDeployments}`);
  if (new Set(daprApps).size !== daprApps.length) errors.push('two Deployments share a Dapr app id');

  const podLabels = objects.map((o) => (o.spec as Json)?.template?.metadata?.labels ?? {});
  for (const service of objects.filter((o) => o.kind === 'Service')) {
    const selector: Record<string, string> = (service.spec as Json)?.selector ?? {};
    const operatorOwned = Object.keys(selector).length === 0;
    if (
      !operatorOwned &&
      !podLabels.some((labels) => Object.entries(selector).every(([k, v]) => labels[k] === v))
    )
      errors.push(`Service/${service.metadata.name}: its selector matches no pod`);
  }
  const services = new Map(objects.filter((o) => o.kind === 'Service').map((s) => [s.metadata.name, s]));
  for (const ingress of objects.filter((o) => o.kind === 'Ingress'))
    for (const rule of (ingress.spec as Json)?.rules ?? [])
      for (const path of rule.http?.paths ?? []) {
        const backend = path.backend?.service;
        const target = services.get(backend?.name);
        if (!target?.spec || !(target.spec as Json).ports.some((p: Json) => p.port === backend.port?.number))
          errors.push(
            `Ingress/${ingress.metadata.name}: ${path.path} goes to ${backend?.name}:${backend?.port?.number}, not rendered`,
          );
      }
  for (const component of objects.filter((o) => o.kind === 'Component' || o.kind === 'Resiliency')) {
    const scopes = (component.scopes as string[] | undefined) ?? [];
    if (
      expect.daprDeployments > 0 &&
      JSON.stringify([...scopes].sort()) !== JSON.stringify([...daprApps].sort())
    )
      errors.push(
        `${component.kind}/${component.metadata.name}: scopes are not the ${daprApps.length} app ids`,
      );
  }
  return `${pods} pod specs: limits, non-root, probes ok; ${daprApps.length} Dapr-enabled Deployments`;
}
