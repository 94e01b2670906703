import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(1).max(65_535);

/**
 * Every environment variable the platform reads, with its default. `.env.example` lists
 * the same variables; a test keeps the two in step.
 */
export const PlatformConfigSchema = z.object({
  LEARNFLOW_DATA_DIR: z.string().min(1).default('./.learnflow'),
  DATABASE_URL: z.url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  KAFKA_BROKERS: z
    .string()
    .regex(/^[^\s,]+:\d+(,[^\s,]+:\d+)*$/, 'a comma-separated list of host:port')
    .optional(),
  /** Set by the Dapr sidecar injector: the bus then goes through the sidecar (takes precedence over KAFKA_BROKERS). */
  DAPR_HTTP_PORT: port.optional(),
  DAPR_PUBSUB_NAME: z.string().min(1).default('pubsub'),
  LEARNFLOW_HOST: z.string().min(1).default('127.0.0.1'),
  LEARNFLOW_GATEWAY_PORT: port.default(8180),
  LEARNFLOW_JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  LEARNFLOW_JWT_TTL: z
    .string()
    .regex(/^\d+[smhd]$/, 'a duration like 15m or 1h')
    .default('15m'),
  /** How long a session lasts without use: each refresh extends it by this much. */
  LEARNFLOW_SESSION_TTL: z
    .string()
    .regex(/^\d+[smhd]$/, 'a duration like 14d or 12h')
    .default('14d'),
  /** Read once at first start: creates the first admin when no admin exists (`email:password`). */
  LEARNFLOW_ADMIN_BOOTSTRAP: z
    .string()
    .regex(/^[^\s:]+@[^\s:]+:.{12,}$/, 'email:password, the password at least 12 characters')
    .optional(),
  LEARNFLOW_SEED_DEMO: bool.default(true),
  LEARNFLOW_RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  LEARNFLOW_RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().min(1).default(1_200),
  LEARNFLOW_CORS_ORIGINS: z
    .string()
    .default('http://localhost:5173,http://127.0.0.1:5173')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  /** Split mode: where the gateway finds each service, `id=url,...`; unlisted ones are http://127.0.0.1:<port>. */
  LEARNFLOW_SERVICE_URLS: z
    .string()
    .regex(
      /^([a-z-]+=https?:\/\/[^\s,]+)(,[a-z-]+=https?:\/\/[^\s,]+)*$/,
      'a list like progress=http://progress:8106,...',
    )
    .optional()
    .transform((v) =>
      Object.fromEntries((v ? v.split(',') : []).map((pair) => pair.split('=') as [string, string])),
    ),
  LEARNFLOW_PROXY_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  LEARNFLOW_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1_024)
    .default(256 * 1_024),
  /** An OpenAI-compatible server (OpenAI, Ollama, vLLM...); unset, the tutor answers offline. */
  LEARNFLOW_LLM_BASE_URL: z.url().optional(),
  LEARNFLOW_LLM_API_KEY: z.string().min(1).optional(),
  LEARNFLOW_LLM_MODEL: z.string().min(1).default('gpt-4o-mini'),
  LEARNFLOW_LLM_FIRST_TOKEN_TIMEOUT_MS: z.coerce.number().int().min(100).default(4_000),
  LEARNFLOW_LLM_TIMEOUT_MS: z.coerce.number().int().min(500).default(20_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type PlatformConfig = z.infer<typeof PlatformConfigSchema>;
