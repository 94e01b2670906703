import { MAX_EVENT_BYTES } from '../../packages/platform/src/bus/dapr-routes.ts';
import type { K8sObject } from './validate-manifests.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => typeof v === 'string' && v.length > 0;

/**
 * Structural checks of the custom resources the chart renders (their CRDs are not in the offline
 * schemas): the fields each operator requires and the choices LearnFlow depends on. Returns
 * undefined for an object that is not one of them.
 */
export function checkCustomResource(object: K8sObject): string[] | undefined {
  const spec = isObject(object.spec) ? object.spec : undefined;
  const errors: string[] = [];
  const need = (ok: boolean, what: string) => void (ok || errors.push(what));
  switch (`${object.apiVersion} ${object.kind}`) {
    case 'dapr.io/v1alpha1 Component': {
      need(
        str(spec?.type) &&
          /^(pubsub|state|bindings|secretstores|configuration|lock)\.[\w.-]+$/.test(String(spec?.type)),
        'spec.type',
      );
      need(/^v\d+$/.test(String(spec?.version)), 'spec.version is vN');
      const items = Array.isArray(spec?.metadata) ? (spec.metadata as Json[]) : [];
      need(Array.isArray(spec?.metadata), 'spec.metadata is a list');
      const meta = new Map<string, Json>();
      for (const item of items) {
        need(str(item.name), 'every metadata item has a name');
        need(
          'value' in item !== 'secretKeyRef' in item,
          `metadata ${item.name}: value or secretKeyRef, not both`,
        );
        if (isObject(item.secretKeyRef))
          need(
            str(item.secretKeyRef.name) && str(item.secretKeyRef.key),
            `metadata ${item.name}: secretKeyRef name/key`,
          );
        meta.set(String(item.name), item);
      }
      if (spec?.type === 'pubsub.kafka') {
        for (const field of ['brokers', 'authType', 'version', 'initialOffset', 'consumerGroup'])
          need(meta.has(field), `pubsub.kafka needs metadata ${field}`);
        need(meta.get('authType')?.value === 'none', 'pubsub.kafka authType none');
        const maxBytes = Number(meta.get('maxMessageBytes')?.value ?? Number.NaN);
        need(
          maxBytes <= MAX_EVENT_BYTES,
          `pubsub.kafka maxMessageBytes at most the app's route limit ${MAX_EVENT_BYTES}`,
        );
        need(meta.get('initialOffset')?.value === 'oldest', 'pubsub.kafka initialOffset oldest');
        const [major = 0, minor = 0] = String(meta.get('version')?.value ?? '0')
          .split('.')
          .map(Number);
        need(major > 3 || (major === 3 && minor >= 6), 'pubsub.kafka version >= 3.6.0 (Kafka 4)');
        need(
          /^[^\s,]+:\d+(,[^\s,]+:\d+)*$/.test(String(meta.get('brokers')?.value)),
          'pubsub.kafka brokers host:port',
        );
      }
      if (spec?.type === 'state.postgresql') {
        need(spec.version === 'v2', 'state.postgresql version v2');
        need(meta.has('connectionString'), 'state.postgresql connectionString');
      }
      need(Array.isArray(object.scopes) && object.scopes.length > 0, 'scopes lists the app ids');
      return errors;
    }
    case 'dapr.io/v1alpha1 Configuration':
      need(isObject(spec), 'spec');
      return errors;
    case 'dapr.io/v1alpha1 Resiliency': {
      const policies = isObject(spec?.policies) ? spec.policies : {};
      const retries = isObject(policies.retries) ? policies.retries : {};
      const targets =
        isObject(spec?.targets) && isObject(spec.targets.components) ? spec.targets.components : {};
      for (const [component, target] of Object.entries(targets)) {
        const retry = isObject(target) && isObject(target.inbound) ? target.inbound.retry : undefined;
        need(
          str(retry) && String(retry) in retries,
          `targets.components.${component}.inbound.retry names a policy`,
        );
      }
      return errors;
    }
    case 'dapr.io/v2alpha1 Subscription':
      need(str(spec?.topic) && str(spec?.pubsubname), 'spec.topic and spec.pubsubname');
      need(isObject(spec?.routes), 'spec.routes');
      return errors;
    case 'kafka.strimzi.io/v1beta2 Kafka': {
      const kafka = isObject(spec?.kafka) ? spec.kafka : {};
      need(
        object.metadata.annotations?.['strimzi.io/kraft'] === 'enabled',
        'annotation strimzi.io/kraft: enabled',
      );
      need(
        object.metadata.annotations?.['strimzi.io/node-pools'] === 'enabled',
        'annotation strimzi.io/node-pools: enabled',
      );
      need(!('zookeeper' in (spec ?? {})), 'no spec.zookeeper (KRaft)');
      need(/^4\.\d+\.\d+$/.test(String(kafka.version)), 'spec.kafka.version 4.x');
      need(Array.isArray(kafka.listeners) && kafka.listeners.length > 0, 'spec.kafka.listeners');
      for (const l of (kafka.listeners as Json[]) ?? [])
        need(
          str(l.name) && typeof l.port === 'number' && str(l.type) && typeof l.tls === 'boolean',
          'listener name/port/type/tls',
        );
      return errors;
    }
    case 'kafka.strimzi.io/v1beta2 KafkaNodePool': {
      need(str(object.metadata.labels?.['strimzi.io/cluster']), 'label strimzi.io/cluster');
      need(typeof spec?.replicas === 'number' && spec.replicas >= 1, 'spec.replicas');
      const roles = Array.isArray(spec?.roles) ? spec.roles : [];
      need(roles.includes('controller') && roles.includes('broker'), 'roles controller and broker');
      const storage = isObject(spec?.storage) ? spec.storage : {};
      need(['jbod', 'persistent-claim', 'ephemeral'].includes(String(storage.type)), 'spec.storage.type');
      need(isObject(spec?.resources) && isObject(spec.resources.limits), 'spec.resources.limits');
      return errors;
    }
    case 'postgresql.cnpg.io/v1 Cluster': {
      need(typeof spec?.instances === 'number' && spec.instances >= 1, 'spec.instances');
      need(isObject(spec?.storage) && /^\d+(Mi|Gi|Ti)$/.test(String(spec.storage.size)), 'spec.storage.size');
      const initdb =
        isObject(spec?.bootstrap) && isObject(spec.bootstrap.initdb) ? spec.bootstrap.initdb : {};
      need(str(initdb.database) && str(initdb.owner), 'spec.bootstrap.initdb database/owner');
      need(isObject(spec?.resources) && isObject(spec.resources.limits), 'spec.resources.limits');
      return errors;
    }
    default:
      return /\.(dapr\.io|strimzi\.io|cnpg\.io)\//.test(`${object.apiVersion}/`) ||
        object.apiVersion.startsWith('dapr.io/')
        ? [`unexpected custom resource ${object.apiVersion} ${object.kind}`]
        : undefined;
  }
}
