// Generates openapi.json (OpenAPI 3.1) from the zod/mini schemas in src/api/schemas.ts, the single
// source of truth of the backend contract. `npm run openapi`; also run by `npm run build` and checked
// for staleness by `npm run check:generated`.
//
// Node cannot import .ts, so the schemas are bundled first (zod stays external, so the schemas and
// `z.toJSONSchema` share one zod instance). The output is deterministic: same schemas, same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import * as z from 'zod/mini';

const root = fileURLToPath(new URL('..', import.meta.url));
const CACHE_DIR = 'node_modules/.cache/esim-elements/openapi';

/**
 * The contract's zod schemas, every module of them.
 * @typedef {typeof import('../src/api/schemas.js') & typeof import('../src/api/quote-schemas.js') & typeof import('../src/api/declaration-schemas.js')} Schemas
 */

async function loadSchemas() {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: CACHE_DIR,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      lib: {
        entry: {
          schemas: 'src/api/schemas.ts',
          'quote-schemas': 'src/api/quote-schemas.ts',
          'declaration-schemas': 'src/api/declaration-schemas.ts',
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.mjs`,
      },
      rolldownOptions: { external: [/^zod(\/|$)/] },
    },
  });
  // A query per run defeats the module cache when one process generates twice (check-generated).
  const url = (/** @type {string} */ name) => `${pathToFileURL(resolve(root, CACHE_DIR, `${name}.mjs`)).href}?t=${Date.now()}`;
  return /** @type {Schemas} */ ({
    ...(await import(url('schemas'))),
    ...(await import(url('quote-schemas'))),
    ...(await import(url('declaration-schemas'))),
  });
}

const ref = (/** @type {string} */ name) => ({ $ref: `#/components/schemas/${name}` });

/**
 * @param {Schemas} s
 * @returns {Record<string, Record<string, unknown>>}
 */
function componentSchemas(s) {
  /** @type {import('zod/mini').core.$ZodRegistry<{ id: string, description: string }>} */
  const registry = z.registry();
  /** @type {[import('zod/mini').ZodMiniType, string, string][]} */
  const entries = [
    [s.DateTimeSchema, 'DateTime', 'ISO 8601 date-time with an offset, e.g. `2026-11-25T10:00:00Z`.'],
    [s.MoneySchema, 'Money', 'A decimal amount as a string and an ISO 4217 currency code.'],
    [s.EsimStatusSchema, 'EsimStatus', 'Lifecycle status. The elements read an unfamiliar value as `unknown`.'],
    [s.InstallStateSchema, 'InstallState', 'Profile (install) state on the device. The elements read an unfamiliar value as `unknown`.'],
    [
      s.CancellationModeSchema,
      'CancellationMode',
      '`instant`: cancelled at once (not installed, unused); `review`: reviewed by people; `none`: not possible.',
    ],
    [s.IneligibleReasonSchema, 'IneligibleReason', 'Why an eSIM cannot be cancelled now.'],
    [s.CancellationStatusSchema, 'CancellationStatus', 'State of a cancellation request.'],
    [s.QuoteWarningSchema, 'QuoteWarning', 'A warning the customer must see before cancelling.'],
    [s.RegionSchema, 'Region', 'Where the plan works.'],
    [s.DataUsageSchema, 'DataUsage', 'Data used of the limit; provider figures are minutes to hours old, hence `updatedAt`.'],
    [s.DeviceSchema, 'Device', 'The device the profile was installed on, when known.'],
    [s.EsimCancellationInfoSchema, 'EsimCancellationInfo', 'Whether and how the eSIM can be cancelled now, and its open request if any.'],
    [
      s.WithdrawalSchema,
      'Withdrawal',
      'A statutory withdrawal period (EU: 14 days) that runs until `until`; null or absent when none runs.',
    ],
    [s.EsimSchema, 'Esim', 'One eSIM of the signed-in customer.'],
    [s.EsimPageSchema, 'EsimPage', 'A page of eSIMs; `nextCursor` is null on the last page.'],
    [s.QuoteSchema, 'Quote', 'What cancelling this eSIM now would mean.'],
    [s.CancellationSchema, 'Cancellation', 'A cancellation request and its outcome.'],
    [
      s.CancellationRequestSchema,
      'CancellationRequest',
      'Body of `POST /esims/{esimId}/cancellations`. `reason` is the id of one of the reasons the flow offers; `other` needs a `note`.',
    ],
    [
      s.DeclarationKindSchema,
      'DeclarationKind',
      '`cancellation`: ending the contract; `withdrawal`: withdrawing from the purchase within the withdrawal period.',
    ],
    [
      s.DeclarationRequestSchema,
      'DeclarationRequest',
      'Body of `POST /cancellation-declarations`: who declares, the contract (`iccid` or `orderReference`, one is required), for a cancellation whether it is extraordinary (then an optional `reason`) and when it takes effect (`effectiveDate` with `effective: "date"`).',
    ],
    [
      s.DeclarationSchema,
      'Declaration',
      'A recorded declaration: its `reference`, when it was received, what was declared, and where the confirmation was sent.',
    ],
    [s.SessionRequestSchema, 'SessionRequest', 'Body of `POST /session`.'],
    [s.SessionSchema, 'Session', 'A bearer token, or nothing when the backend sets a session cookie instead.'],
    [s.PasswordResetRequestSchema, 'PasswordResetRequest', 'Body of `POST /password-reset`.'],
    [
      s.ErrorBodySchema,
      'Error',
      'Every non-2xx answer. `message` is for people, in the language of `Accept-Language` where the backend can.',
    ],
  ];
  for (const [schema, id, description] of entries) registry.add(schema, { id, description });
  // 'input': what a response must look like to pass the elements' parser (unknown keys allowed).
  const { schemas } = /** @type {{ schemas: Record<string, Record<string, unknown>> }} */ (
    z.toJSONSchema(registry, { target: 'draft-2020-12', io: 'input', uri: (/** @type {string} */ id) => `#/components/schemas/${id}` })
  );
  /** @type {Record<string, Record<string, unknown>>} */
  const out = {};
  for (const name of Object.keys(schemas).sort()) {
    const { $schema: _dialect, $id: _id, ...schema } = schemas[name] ?? {};
    // `z.catch` shows up as a default; these fields are required, the fallback is the client's affair.
    if (name === 'EsimStatus' || name === 'InstallState') delete schema.default;
    out[name] = schema;
  }
  // `code` is an open string (new codes must not break old elements); list the contract's codes.
  const errorObject = /** @type {{ properties: { error: { properties: { code: Record<string, unknown> } } } }} */ (
    /** @type {unknown} */ (out.Error)
  );
  errorObject.properties.error.properties.code = {
    ...errorObject.properties.error.properties.code,
    description: `One of the contract's codes: ${s.ERROR_CODES.map((c) => `\`${c}\``).join(', ')}. The elements read an unknown code by its HTTP status.`,
    examples: [...s.ERROR_CODES],
  };
  return out;
}

/** @type {Record<string, { status: number, description: string, codes: string[], headers?: Record<string, unknown> }>} */
const ERROR_RESPONSES = {
  Unauthenticated: { status: 401, description: 'Not signed in, or the token expired.', codes: ['unauthenticated'] },
  Forbidden: { status: 403, description: 'Signed in, but not allowed to see or change this.', codes: ['forbidden'] },
  NotFound: { status: 404, description: 'No such eSIM or request for this customer.', codes: ['not_found'] },
  Conflict: {
    status: 409,
    description:
      '`not_eligible`: cannot be cancelled (any more); `duplicate_request`: a request is already open (`existingRequestId`); `idempotency_mismatch`: the `Idempotency-Key` was used with another body.',
    codes: ['not_eligible', 'duplicate_request', 'idempotency_mismatch'],
  },
  Unprocessable: {
    status: 422,
    description:
      '`validation_failed`: `details` holds a message per field (also when `Idempotency-Key` is missing); `already_cancelled`: the eSIM is cancelled already.',
    codes: ['validation_failed', 'already_cancelled'],
  },
  RateLimited: {
    status: 429,
    description: 'Too many requests; wait `Retry-After` seconds.',
    codes: ['rate_limited'],
    headers: {
      'Retry-After': {
        description:
          'Seconds (or an HTTP date) to wait before retrying. Cross-origin backends must expose it (`Access-Control-Expose-Headers`).',
        schema: { type: 'string' },
      },
    },
  },
  Internal: { status: 500, description: 'An unexpected failure.', codes: ['internal'] },
  BadGateway: { status: 502, description: 'The eSIM provider did not answer.', codes: ['upstream_unavailable'] },
  Unavailable: { status: 503, description: 'The eSIM provider is unavailable.', codes: ['upstream_unavailable'] },
};

function errorResponses() {
  /** @type {Record<string, unknown>} */
  const responses = {};
  for (const [name, spec] of Object.entries(ERROR_RESPONSES)) {
    responses[name] = {
      description: spec.description,
      ...(spec.headers ? { headers: spec.headers } : {}),
      content: {
        'application/json': {
          schema: ref('Error'),
          examples: Object.fromEntries(
            spec.codes.map((code) => [
              code,
              {
                value: {
                  error: {
                    code,
                    message: 'A sentence for people.',
                    ...(code === 'duplicate_request' ? { existingRequestId: 'can_0001' } : {}),
                    ...(code === 'validation_failed' ? { details: { contactEmail: 'Enter a valid email address.' } } : {}),
                  },
                },
              },
            ]),
          ),
        },
      },
    };
  }
  return responses;
}

/** @param {...(keyof typeof ERROR_RESPONSES)} names */
function errors(...names) {
  return Object.fromEntries(names.map((name) => [String(ERROR_RESPONSES[name].status), { $ref: `#/components/responses/${name}` }]));
}

const READ_ERRORS = /** @type {const} */ ([
  'Unauthenticated',
  'Forbidden',
  'NotFound',
  'RateLimited',
  'Internal',
  'BadGateway',
  'Unavailable',
]);
const WRITE_ERRORS = /** @type {const} */ ([
  'Unauthenticated',
  'Forbidden',
  'NotFound',
  'Conflict',
  'Unprocessable',
  'RateLimited',
  'Internal',
  'BadGateway',
  'Unavailable',
]);

/** @param {string} name @param {string} description */
const json = (name, description) => ({ description, content: { 'application/json': { schema: ref(name) } } });

const params = {
  AcceptLanguage: { $ref: '#/components/parameters/AcceptLanguage' },
  IdempotencyKey: { $ref: '#/components/parameters/IdempotencyKey' },
  EsimId: { $ref: '#/components/parameters/EsimId' },
  CancellationId: { $ref: '#/components/parameters/CancellationId' },
};

/** @param {Schemas} s @param {string} version */
function document(s, version) {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'esim-elements backend contract',
      version,
      summary: 'The HTTP API a reseller backend implements for <esim-list>, <esim-cancel-flow> and <esim-cancel-declaration>.',
      description:
        'Generated from the zod schemas in `esim-elements/api.js` (src/api/schemas.ts); do not edit by hand. ' +
        'Requests send `Accept: application/json` and `Accept-Language`. Every POST carries an `Idempotency-Key` ' +
        '(a UUID made once per user action and reused on each retry): the same key and body within 24 h get the ' +
        'first response again; the same key with another body gets 409 `idempotency_mismatch`. Cross-origin ' +
        'backends answer CORS with credentials and allow the headers `Authorization, Content-Type, ' +
        'Idempotency-Key, Accept-Language`. Check a server with `npx esim-elements check-backend <api-base>`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: '{apiBase}',
        description: 'The `api-base` the elements are given.',
        variables: { apiBase: { default: 'https://shop.example.com/api/esim' } },
      },
    ],
    security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    tags: [
      { name: 'eSIMs', description: "The signed-in customer's eSIMs." },
      { name: 'Cancellations', description: 'Cancellation requests.' },
      { name: 'Session', description: 'Optional: used by the built-in sign-in step.' },
      { name: 'Declarations', description: 'Optional: used by <esim-cancel-declaration> (cancel or withdraw without signing in).' },
    ],
    paths: {
      '/esims': {
        get: {
          operationId: 'listEsims',
          tags: ['eSIMs'],
          summary: "A page of the customer's eSIMs",
          parameters: [
            {
              name: 'cursor',
              in: 'query',
              description: 'Opaque cursor from the previous page’s `nextCursor`.',
              schema: { type: 'string' },
            },
            { name: 'limit', in: 'query', description: 'Page size; the backend may cap it.', schema: { type: 'integer', minimum: 1 } },
            { name: 'status', in: 'query', description: 'Only eSIMs with this status.', schema: ref('EsimStatus') },
            params.AcceptLanguage,
          ],
          responses: {
            200: json('EsimPage', 'A page of eSIMs.'),
            ...errors('Unauthenticated', 'Forbidden', 'Unprocessable', 'RateLimited', 'Internal', 'BadGateway', 'Unavailable'),
          },
        },
      },
      '/esims/{esimId}': {
        get: {
          operationId: 'getEsim',
          tags: ['eSIMs'],
          summary: 'One eSIM',
          description:
            'After a `completed` cancellation: the eSIM with status `cancelled`, or 404 where the provider removes returned eSIMs.',
          parameters: [params.EsimId, params.AcceptLanguage],
          responses: { 200: json('Esim', 'The eSIM.'), ...errors(...READ_ERRORS) },
        },
      },
      '/esims/{esimId}/cancellation-quote': {
        get: {
          operationId: 'getCancellationQuote',
          tags: ['eSIMs', 'Cancellations'],
          summary: 'What cancelling this eSIM now would mean',
          parameters: [params.EsimId, params.AcceptLanguage],
          responses: {
            200: json('Quote', 'The quote; `eligible: false` with `ineligibleReason` when it cannot be cancelled.'),
            ...errors(...READ_ERRORS),
          },
        },
      },
      '/esims/{esimId}/cancellations': {
        post: {
          operationId: 'submitCancellation',
          tags: ['Cancellations'],
          summary: 'Cancel an eSIM, or request its cancellation',
          description: 'One open request per eSIM: a second one gets 409 `duplicate_request` with `existingRequestId`.',
          parameters: [params.EsimId, params.IdempotencyKey, params.AcceptLanguage],
          requestBody: { required: true, content: { 'application/json': { schema: ref('CancellationRequest') } } },
          responses: {
            201: json('Cancellation', 'Instant cancellation: done, status `completed`.'),
            202: json('Cancellation', 'Review cancellation: accepted, status `pending`.'),
            ...errors(...WRITE_ERRORS),
          },
        },
      },
      '/cancellations/{cancellationId}': {
        get: {
          operationId: 'getCancellation',
          tags: ['Cancellations'],
          summary: 'A cancellation request',
          parameters: [params.CancellationId, params.AcceptLanguage],
          responses: { 200: json('Cancellation', 'The request.'), ...errors(...READ_ERRORS) },
        },
      },
      '/cancellations/{cancellationId}/withdraw': {
        post: {
          operationId: 'withdrawCancellation',
          tags: ['Cancellations'],
          summary: 'Withdraw an open request (while `withdrawable`)',
          parameters: [params.CancellationId, params.IdempotencyKey, params.AcceptLanguage],
          requestBody: { required: false, content: { 'application/json': { schema: { type: 'object' } } } },
          responses: { 200: json('Cancellation', 'Withdrawn: status `withdrawn`; the eSIM stays active.'), ...errors(...WRITE_ERRORS) },
        },
      },
      '/cancellation-declarations': {
        post: {
          operationId: 'submitDeclaration',
          tags: ['Declarations'],
          summary: 'Cancel or withdraw without signing in (optional endpoint)',
          description:
            'For <esim-cancel-declaration> (BGB §312k, the EU withdrawal function): no authentication; the backend matches the declaration to the contract and sends the text-form confirmation to `email` at once (`confirmationSentTo`).',
          security: [],
          parameters: [params.IdempotencyKey, params.AcceptLanguage],
          requestBody: { required: true, content: { 'application/json': { schema: ref('DeclarationRequest') } } },
          responses: {
            202: json('Declaration', 'Recorded; the confirmation is on its way.'),
            ...errors('Conflict', 'Unprocessable', 'RateLimited', 'Internal', 'BadGateway', 'Unavailable'),
          },
        },
      },
      '/session': {
        post: {
          operationId: 'signIn',
          tags: ['Session'],
          summary: 'Sign in (optional endpoint)',
          security: [],
          parameters: [params.AcceptLanguage],
          requestBody: { required: true, content: { 'application/json': { schema: ref('SessionRequest') } } },
          responses: {
            200: json('Session', 'Signed in: a bearer token, or a session cookie (`Set-Cookie`) and an empty object.'),
            ...errors('Unauthenticated', 'Unprocessable', 'RateLimited', 'Internal'),
          },
        },
      },
      '/password-reset': {
        post: {
          operationId: 'requestPasswordReset',
          tags: ['Session'],
          summary: 'Send a password reset email (optional endpoint)',
          security: [],
          parameters: [params.AcceptLanguage],
          requestBody: { required: true, content: { 'application/json': { schema: ref('PasswordResetRequest') } } },
          responses: {
            202: { description: 'Accepted, whether or not the account exists.' },
            ...errors('Unprocessable', 'RateLimited', 'Internal'),
          },
        },
      },
    },
    components: {
      schemas: componentSchemas(s),
      parameters: {
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          description: "The customer's locale (`en`, `zh-CN`…); error messages should be in it where the backend can.",
          schema: { type: 'string' },
          example: 'zh-CN',
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'A UUID made once per user action and reused on every retry of it. Same key and body within 24 h: the first response again. Same key, other body: 409 `idempotency_mismatch`. Missing: 422 `validation_failed`.',
          schema: { type: 'string', format: 'uuid' },
        },
        EsimId: { name: 'esimId', in: 'path', required: true, schema: { type: 'string' } },
        CancellationId: { name: 'cancellationId', in: 'path', required: true, schema: { type: 'string' } },
      },
      responses: errorResponses(),
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'When the host page gives the elements a token (`authToken` / `getAuthToken`).',
        },
        cookieAuth: {
          type: 'apiKey',
          in: 'cookie',
          name: 'session',
          description: "Otherwise the browser's cookies (`credentials: 'include'`); the cookie's name is the backend's choice.",
        },
      },
    },
  };
}

/**
 * Every `$ref` must point at something in the document: a typo would otherwise ship silently.
 * @param {unknown} doc
 */
function assertRefsResolve(doc) {
  /** @param {unknown} node */
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        /** @type {unknown} */
        let target = doc;
        for (const part of value.replace(/^#\//, '').split('/')) {
          target = typeof target === 'object' && target !== null ? /** @type {Record<string, unknown>} */ (target)[part] : undefined;
        }
        if (target === undefined) throw new Error(`openapi.json: unresolved $ref ${value}`);
      } else {
        walk(value);
      }
    }
  };
  walk(doc);
}

/** @returns {Promise<string>} openapi.json's text */
export async function generateOpenApi() {
  const schemas = await loadSchemas();
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const doc = document(schemas, version);
  assertRefsResolve(doc);
  return `${JSON.stringify(doc, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outIndex = process.argv.indexOf('--out');
  const out = resolve(root, outIndex > 0 ? (process.argv[outIndex + 1] ?? 'openapi.json') : 'openapi.json');
  writeFileSync(out, await generateOpenApi());
  console.log(`Wrote ${out}`);
}
