#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance suite: starts crosskey-sandbox, signs in as two administrators the way a real client
// does, calls the Resource Manager, Key Vault and Graph endpoints the sandbox serves and checks every
// JSON body against ../shared/azure/specs/ (Swagger 2.0 and the Graph CSDL extract).
//
//   node tests/schema/validate.mjs PATH/TO/crosskey-sandbox [--specs DIR]
//
// One line per check (ok / FAIL / skip), then "N passed, N failed"; exits 1 on any failure.
import { spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { checkEntity, parseCsdl } from './lib/csdl.mjs';
import { SwaggerSet } from './lib/swagger.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const cliClientId = '04b07795-8ddb-461a-bbee-02f9e1bf7b46'; // Azure CLI's public client (CONTRACTS.md §1.9)
const contoso = 'contosoisv.onmicrosoft.com';
const fabrikam = 'fabrikam.onmicrosoft.com';
const v = {
    subscriptions: '2022-12-01',
    resources: '2024-03-01',
    identities: '2023-01-31',
    authorization: '2022-04-01',
    keyVault: '2023-07-01',
    keyVaultData: '7.5',
};
const role = {
    reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
    contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
};

// ---------------------------------------------------------------------------------------------
// Reporting

const tally = { passed: 0, failed: 0, skipped: 0 };
function pass(label, notes = []) {
    ++tally.passed;
    console.log(`ok   ${label}${notes.length ? ` [${notes.join('; ')}]` : ''}`);
}
function fail(label, why) {
    ++tally.failed;
    console.log(`FAIL ${label}: ${why}`);
}
function skip(label, why) {
    ++tally.skipped;
    console.log(`skip ${label}: ${why}`);
}
const verbose = process.env.SCHEMA_VERBOSE === '1';
function short(list, n = 6) {
    if (verbose) return list.join('; ');
    return list.length > n ? [...list.slice(0, n), `… ${list.length - n} more`].join('; ') : list.join('; ');
}

// ---------------------------------------------------------------------------------------------
// Arguments, specs, sandbox

const args = process.argv.slice(2);
const specsIndex = args.indexOf('--specs');
const specsDir = path.resolve(
    specsIndex >= 0 ? args.splice(specsIndex, 2)[1] : process.env.CROSSKEY_AZURE_SPECS ?? path.join(here, '../../../shared/azure/specs'),
);
const sandboxPath = args[0];
if (!sandboxPath || !existsSync(sandboxPath)) {
    console.error(`usage: node validate.mjs PATH/TO/crosskey-sandbox [--specs DIR] (got '${sandboxPath ?? ''}')`);
    process.exit(2);
}
if (!existsSync(path.join(specsDir, 'README.md'))) {
    console.error(`no Azure specs at ${specsDir} (pass --specs DIR or set CROSSKEY_AZURE_SPECS)`);
    process.exit(2);
}

let sandbox = null;
let base = '';

function startSandbox() {
    return new Promise((resolve, reject) => {
        sandbox = spawn(
            sandboxPath,
            ['--port', '0', '--scenario', 'fresh', '--auto-approve', `admin@${contoso},admin@${fabrikam}`],
            { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        const timer = setTimeout(() => reject(new Error('the sandbox printed no URL within 10 s')), 10000);
        let stderr = '';
        sandbox.stderr.on('data', (d) => (stderr += d));
        sandbox.on('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(`the sandbox exited with ${code} before printing its URL: ${stderr.trim()}`));
        });
        const lines = createInterface({ input: sandbox.stdout });
        lines.once('line', (line) => {
            clearTimeout(timer);
            sandbox.removeAllListeners('exit');
            resolve(line.trim().replace(/\/$/, ''));
        });
    });
}

async function stopSandbox() {
    if (!sandbox || sandbox.exitCode !== null) return;
    const exited = new Promise((resolve) => sandbox.once('exit', resolve));
    sandbox.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (sandbox.exitCode === null) sandbox.kill('SIGKILL');
}

// ---------------------------------------------------------------------------------------------
// HTTP

async function http(method, url, { token, json, form, headers = {} } = {}) {
    const h = { 'x-ms-client-request-id': randomUUID(), ...headers };
    if (token) h.authorization = `Bearer ${token}`;
    let body;
    if (json !== undefined) {
        h['content-type'] = 'application/json';
        body = typeof json === 'string' ? json : JSON.stringify(json);
    } else if (form) {
        h['content-type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams(form).toString();
    }
    const response = await fetch(url, { method, headers: h, body, redirect: 'manual', signal: AbortSignal.timeout(10000) });
    const text = method === 'HEAD' ? '' : await response.text();
    let parsed;
    if (text) {
        try {
            parsed = JSON.parse(text);
        } catch {
            parsed = undefined;
        }
    }
    return { status: response.status, headers: response.headers, text, body: parsed };
}

function withQuery(url, query) {
    const u = new URL(url);
    for (const [k, value] of Object.entries(query)) if (value !== undefined) u.searchParams.set(k, value);
    return u.href;
}

// ---------------------------------------------------------------------------------------------
// Sign-in, as a public client would

function base64url(buffer) {
    return buffer.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function claims(jwt) {
    return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

async function tokenRequest(tenant, form, what) {
    const r = await http('POST', `${base}/${tenant}/oauth2/v2.0/token`, { form });
    if (r.status !== 200 || !r.body?.access_token) {
        throw new Error(`${what} for ${tenant}: ${r.status} ${r.text.slice(0, 300)}`);
    }
    return r.body;
}

// Device code flow (RFC 8628): devicecode, then poll token; --auto-approve approves at once.
async function signInWithDeviceCode(tenant, scope) {
    const start = await http('POST', `${base}/${tenant}/oauth2/v2.0/devicecode`, { form: { client_id: cliClientId, scope } });
    if (start.status !== 200 || !start.body?.device_code) throw new Error(`devicecode for ${tenant}: ${start.status} ${start.text}`);
    for (let attempt = 0; attempt < 4; ++attempt) {
        const r = await http('POST', `${base}/${tenant}/oauth2/v2.0/token`, {
            form: { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', client_id: cliClientId, device_code: start.body.device_code },
        });
        if (r.status === 200) return r.body;
        if (r.body?.error !== 'authorization_pending' && r.body?.error !== 'slow_down') {
            throw new Error(`device code token for ${tenant}: ${r.status} ${r.text.slice(0, 300)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, start.body.interval * 1000));
    }
    throw new Error(`device code for ${tenant} was not approved`);
}

// Authorization code flow with PKCE (S256) on a loopback redirect URI; the redirect is read, not followed.
async function signInWithAuthCode(tenant, scope, loginHint) {
    const verifier = base64url(randomBytes(32));
    const challenge = base64url(createHash('sha256').update(verifier).digest());
    const state = randomUUID();
    const redirectUri = 'http://localhost:53117';
    const authorize = withQuery(`${base}/${tenant}/oauth2/v2.0/authorize`, {
        client_id: cliClientId,
        response_type: 'code',
        redirect_uri: redirectUri,
        response_mode: 'query',
        scope,
        state,
        code_challenge: challenge,
        code_challenge_method: 'S256',
        login_hint: loginHint,
    });
    const r = await http('GET', authorize);
    const location = r.headers.get('location');
    if (r.status !== 302 || !location) throw new Error(`authorize for ${tenant}: ${r.status} ${r.text.slice(0, 300)}`);
    const answer = new URL(location).searchParams;
    if (answer.get('state') !== state || !answer.get('code')) throw new Error(`authorize for ${tenant} redirected to ${location}`);
    return tokenRequest(
        tenant,
        { grant_type: 'authorization_code', client_id: cliClientId, code: answer.get('code'), redirect_uri: redirectUri, code_verifier: verifier, scope },
        'code redemption',
    );
}

// A token for another resource from the refresh token (Graph, Key Vault).
async function refreshFor(tenant, refreshToken, scope) {
    return tokenRequest(tenant, { grant_type: 'refresh_token', client_id: cliClientId, refresh_token: refreshToken, scope }, `refresh (${scope})`);
}

// ---------------------------------------------------------------------------------------------
// Checks

let swagger;
let csdl;

// Where the Swagger files are stricter than Resource Manager itself: the sandbox follows Azure here,
// the suite reports these as "known" instead of failing. Keep each entry sourced.
const nullable = (operations, properties) => (operationId) => (e) =>
    operations.test(operationId) && e.keyword === 'type' && e.data === null && properties.test(e.instancePath);
const knownGaps = [
    {
        applies: nullable(/^RoleDefinitions_/, /\/properties\/(createdBy|updatedBy)$/),
        why: 'Azure sends null for built-in roles (raw Reader definition on azure-rbac-catalog.org); the spec has no x-nullable',
    },
    {
        applies: nullable(/^RoleAssignments_/, /\/properties\/(condition|conditionVersion|description|delegatedManagedIdentityResourceId)$/),
        why: 'Azure sends null when unset (az CLI output in Azure/azure-cli#14958); the spec has no x-nullable',
    },
    {
        applies: nullable(/^(GetKeys|GetKeyVersions|GetDeletedKeys)$/, /^\/nextLink$/),
        why: 'Key Vault ends its lists with "nextLink": null (CONTRACTS.md §4.3); the spec has no x-nullable',
    },
    {
        // A sandbox difference, not a spec gap: listed in docs/sandbox.md; remove once the sandbox
        // records who created an assignment.
        applies: nullable(/^RoleAssignments_/, /\/properties\/(createdBy|updatedBy)$/),
        why: "sandbox difference (docs/sandbox.md): it does not record the assignment's creator; Azure sends the caller's object id",
    },
    {
        applies: (operationId) => (e) =>
            /^(Tenants_List|Subscriptions_List)$/.test(operationId) && e.keyword === 'required' && e.params.missingProperty === 'nextLink',
        why: "the spec requires nextLink, but its own examples GetTenants.json/GetSubscriptions.json omit it on the last page",
    },
];
function gapsFor(operationId) {
    return knownGaps.map((gap) => ({ why: gap.why, test: gap.applies(operationId) }));
}
function collapse(list) {
    return [...new Set(list.map((text) => text.replace(/\/value\/\d+/g, '/value/*')))];
}

// Calls a Swagger-described endpoint and validates the answer against the operation's response.
// SPECPATH is the path as the spec writes it (for Key Vault: without the vault's base URL).
async function check(label, method, url, { token, json, expect, apiVersion, specPath, headers, operationId } = {}) {
    const target = apiVersion ? withQuery(url, { 'api-version': apiVersion }) : url;
    const r = await http(method, target, { token, json, headers });
    const line = `${label}: ${method} ${r.status}`;
    const expected = Array.isArray(expect) ? expect : [expect ?? 200];
    if (!expected.includes(r.status)) {
        fail(line, `expected ${expected.join('/')}; body ${r.text.slice(0, 300)}`);
        return r;
    }
    const operation = swagger.findOperation(method, specPath ?? new URL(url).pathname, apiVersion, operationId);
    if (!operation) {
        fail(line, 'no operation in the specs matches this path');
        return r;
    }
    const where = `${operation.operationId} (${path.relative(specsDir, operation.file)})`;
    const response = swagger.responseFor(operation, r.status);
    if (response.missing) {
        fail(line, `${where} lists no response ${r.status} and no default`);
        return r;
    }
    if (!response.schema) {
        if (r.text.trim() !== '') {
            pass(`${line} vs ${where} [${response.key}]`, [`spec gives no body schema; body not checked: ${r.text.slice(0, 80)}`]);
        } else {
            pass(`${line} vs ${where} [${response.key}, no body]`);
        }
        return r;
    }
    if (r.body === undefined) {
        fail(`${line} vs ${where}`, `body is not JSON: ${r.text.slice(0, 200)}`);
        return r;
    }
    const cacheKey = `${operation.uri}|${operation.template}|${operation.method}|${response.key}`;
    const result = swagger.validate(response.schema, r.body, cacheKey, gapsFor(operation.operationId));
    const errors = collapse(result.errors);
    const notes = [];
    if (result.known.length) notes.push(short(collapse(result.known), 3));
    if (result.undeclared.length) notes.push(`not in the spec (allowed): ${short(collapse(result.undeclared), 4)}`);
    if (errors.length) fail(`${line} vs ${where} [${response.key}]`, short(errors));
    else pass(`${line} vs ${where} [${response.key}]`, notes);
    return r;
}

// Calls a Graph endpoint and checks the entity (or each entity of a collection) against the CSDL.
async function graph(label, method, p, { token, json, expect, type, collection } = {}) {
    const r = await http(method, `${base}/v1.0${p}`, { token, json });
    const line = `${label}: ${method} /v1.0${p} → ${r.status}`;
    const expected = Array.isArray(expect) ? expect : [expect ?? 200];
    if (!expected.includes(r.status)) {
        fail(line, `expected ${expected.join('/')}; body ${r.text.slice(0, 300)}`);
        return r;
    }
    if (!type) {
        pass(line);
        return r;
    }
    if (r.body === undefined) {
        fail(line, `body is not JSON: ${r.text.slice(0, 200)}`);
        return r;
    }
    const items = collection ? r.body.value : [r.body];
    if (!Array.isArray(items)) {
        fail(line, 'a collection answer without a value array');
        return r;
    }
    const errors = [];
    const notes = new Set();
    items.forEach((item, i) => {
        const result = checkEntity(csdl, type, item);
        errors.push(...result.errors.map((e) => (collection ? `/value/${i}${e}` : e || '/')));
        result.notes.forEach((n) => notes.add(n.replace(/\/\d+\//, '/*/')));
    });
    if (errors.length) fail(`${line} vs CSDL ${type}`, short(errors));
    else pass(`${line} vs CSDL ${type} (${items.length} object${items.length === 1 ? '' : 's'})`, notes.size ? [`unchecked: ${short([...notes], 3)}`] : []);
    return r;
}

// Validation must be able to fail: wrong bodies are rejected, the specs' own examples accepted.
function selfTest() {
    const rg = 'Microsoft.Resources/2024-03-01/resources.json';
    const wrong = [
        ['ResourceGroup with a numeric location', rg, 'ResourceGroup', { id: '/subscriptions/x/resourceGroups/y', name: 'y', location: 42 }],
        ['ResourceGroup without location', rg, 'ResourceGroup', { name: 'y', properties: { provisioningState: 'Succeeded' } }],
        ['ErrorResponse whose error is a string', 'common-types/resource-management/v5/types.json', 'ErrorResponse', { error: 'Nope' }],
        ['RoleAssignment with principalType outside the enum', 'Microsoft.Authorization/2022-04-01/authorization-RoleAssignmentsCalls.json', 'RoleAssignment',
            { properties: { roleDefinitionId: '/x', principalId: randomUUID(), principalType: 'Robot' } }],
        ['Identity with a non-GUID principalId', 'Microsoft.ManagedIdentity/2023-01-31/ManagedIdentity.json', 'Identity',
            { location: 'eastus', properties: { principalId: 'not-a-guid' } }],
    ];
    for (const [label, file, name, body] of wrong) {
        const { errors } = swagger.validateDefinition(file, name, body);
        if (errors.length) pass(`self-test rejects ${label}`, [errors[0]]);
        else fail(`self-test rejects ${label}`, 'the validator accepted it');
    }
    const entity = checkEntity(csdl, 'application', { id: randomUUID(), appId: 5, bogusProperty: true, createdDateTime: 'yesterday' });
    if (entity.errors.length >= 3) pass('self-test rejects an application with a numeric appId, an unknown property and a bad date', [entity.errors[0]]);
    else fail('self-test rejects a wrong application', `only ${entity.errors.length} of 3 problems found: ${entity.errors.join('; ')}`);
    const org = checkEntity(csdl, 'organization', { id: randomUUID(), verifiedDomains: [{ name: 7, isDefault: 'yes' }] });
    if (org.errors.length >= 2) pass('self-test rejects an organization with a malformed verifiedDomain', [org.errors[0]]);
    else fail('self-test rejects a malformed verifiedDomain', `found: ${org.errors.join('; ')}`);
    const ok = checkEntity(csdl, 'federatedIdentityCredential', {
        id: randomUUID(), name: 'x', issuer: 'https://a', subject: 's', audiences: ['api://AzureADTokenExchange'], description: null,
    });
    if (ok.errors.length === 0) pass('self-test accepts a well-formed federatedIdentityCredential');
    else fail('self-test accepts a well-formed federatedIdentityCredential', ok.errors.join('; '));
    // The responses of the x-ms-examples shipped with the specs must pass: this checks the plumbing.
    const examples = [
        ['Microsoft.Resources/2024-03-01/examples/CreateResourceGroup.json', 'put', '/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}', '2024-03-01'],
        ['Microsoft.Resources/2022-12-01/examples/GetTenants.json', 'get', '/tenants', '2022-12-01'],
        ['Microsoft.Resources/2022-12-01/examples/GetSubscriptions.json', 'get', '/subscriptions', '2022-12-01'],
        ['Microsoft.Resources/2022-12-01/examples/GetLocations.json', 'get', '/subscriptions/{subscriptionId}/locations', '2022-12-01'],
        ['Microsoft.ManagedIdentity/2023-01-31/examples/IdentityCreate.json', 'put',
            '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{resourceName}', '2023-01-31'],
        ['Microsoft.Authorization/2022-04-01/examples/RoleAssignments_CreateForResourceGroup.json', 'put',
            '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Authorization/roleAssignments/{roleAssignmentName}', '2022-04-01'],
        ['Microsoft.Authorization/2022-04-01/examples/RoleAssignments_ListForScope.json', 'get', '/{scope}/providers/Microsoft.Authorization/roleAssignments', '2022-04-01'],
        ['Microsoft.KeyVault/2023-07-01/examples/createVault.json', 'put',
            '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.KeyVault/vaults/{vaultName}', '2023-07-01'],
        ['KeyVault.DataPlane/7.5/examples/CreateKey-example.json', 'post', '/keys/{key-name}/create', '7.5'],
        ['KeyVault.DataPlane/7.5/examples/GetKeyVersions-example.json', 'get', '/keys/{key-name}/versions', '7.5'],
    ];
    for (const [file, method, samplePath, version] of examples) {
        const label = `self-test accepts the spec example ${file}`;
        const exampleFile = path.join(specsDir, file);
        const example = existsSync(exampleFile) ? JSON.parse(readFileSync(exampleFile, 'utf8')) : null;
        if (!example) {
            skip(label, 'not shipped');
            continue;
        }
        const concrete = samplePath.replace(/\{scope\}/, 'subscriptions/x').replace(/\{[^}]+\}/g, 'x').replace(/^\/\//, '/');
        const operation = swagger.findOperation(method, concrete, version);
        const problems = [];
        for (const [status, answer] of Object.entries(example.responses ?? {})) {
            const response = operation && swagger.responseFor(operation, status);
            if (!response || response.missing || !response.schema || answer.body === undefined) continue;
            problems.push(...swagger.validate(response.schema, answer.body, undefined, gapsFor(operation.operationId)).errors.map((e) => `${status} ${e}`));
        }
        if (!operation) fail(label, `no operation for ${method} ${concrete}`);
        else if (problems.length) fail(label, short(problems));
        else pass(label);
    }
}

// ---------------------------------------------------------------------------------------------
// The run

function findUser(world, upn) {
    let found = null;
    const walk = (node) => {
        if (found || node === null || typeof node !== 'object') return;
        if (!Array.isArray(node) && typeof node.userPrincipalName === 'string' && node.userPrincipalName.toLowerCase() === upn) {
            found = node;
            return;
        }
        Object.values(node).forEach(walk);
    };
    walk(world);
    return found;
}

async function resourceManager(c, f) {
    const arm = (p) => `${base}${p}`;
    const subs = await check('subscriptions (Contoso)', 'GET', arm('/subscriptions'), { token: c.arm, apiVersion: v.subscriptions });
    const subF = (await check('subscriptions (Fabrikam)', 'GET', arm('/subscriptions'), { token: f.arm, apiVersion: v.subscriptions })).body?.value?.[0]?.subscriptionId;
    const subC = subs.body?.value?.[0]?.subscriptionId;
    if (!subC || !subF) throw new Error('no subscription ids; cannot go on with Resource Manager');
    const sC = `/subscriptions/${subC}`;
    const sF = `/subscriptions/${subF}`;

    await check('tenants', 'GET', arm('/tenants'), { token: c.arm, apiVersion: v.subscriptions });
    await check('subscription', 'GET', arm(sC), { token: c.arm, apiVersion: v.subscriptions });
    await check('locations', 'GET', arm(`${sC}/locations`), { token: c.arm, apiVersion: v.subscriptions });
    await check('subscription of another tenant', 'GET', arm(sF), { token: c.arm, apiVersion: v.subscriptions, expect: [401, 403, 404] });
    await check('unknown subscription', 'GET', arm(`/subscriptions/${randomUUID()}`), { token: c.arm, apiVersion: v.subscriptions, expect: 404 });
    await check('no token', 'GET', arm('/subscriptions'), { apiVersion: v.subscriptions, expect: 401 });
    await check('missing api-version', 'GET', arm('/subscriptions'), { token: c.arm, expect: 400 });
    await check('unknown api-version', 'GET', arm(`${sC}/resourcegroups`), { token: c.arm, apiVersion: '2099-01-01', expect: 400 });

    // Resource groups
    const rg = `${sC}/resourcegroups/rg-schema-check`;
    await check('resource groups', 'GET', arm(`${sC}/resourcegroups`), { token: c.arm, apiVersion: v.resources });
    await check('resource group create', 'PUT', arm(rg), { token: c.arm, apiVersion: v.resources, json: { location: 'eastus', tags: { purpose: 'schema' } }, expect: 201 });
    await check('resource group re-put', 'PUT', arm(rg), { token: c.arm, apiVersion: v.resources, json: { location: 'eastus' }, expect: 200 });
    await check('resource group get', 'GET', arm(rg), { token: c.arm, apiVersion: v.resources });
    await check('resource group head', 'HEAD', arm(rg), { token: c.arm, apiVersion: v.resources, expect: 204 });
    await check('resource group head (absent)', 'HEAD', arm(`${sC}/resourcegroups/rg-absent`), { token: c.arm, apiVersion: v.resources, expect: 404 });
    await check('resource group absent', 'GET', arm(`${sC}/resourcegroups/rg-absent`), { token: c.arm, apiVersion: v.resources, expect: 404 });
    await check('resource group elsewhere', 'PUT', arm(rg), { token: c.arm, apiVersion: v.resources, json: { location: 'westeurope' }, expect: 409 });
    await check('resource group malformed body', 'PUT', arm(`${sC}/resourcegroups/rg-bad`), { token: c.arm, apiVersion: v.resources, json: '{"location":', expect: 400 });
    await check('resource group bad name', 'PUT', arm(`${sC}/resourcegroups/rg-bad.`), { token: c.arm, apiVersion: v.resources, json: { location: 'eastus' }, expect: 400 });
    await check('resource group without location', 'PUT', arm(`${sC}/resourcegroups/rg-bad`), { token: c.arm, apiVersion: v.resources, json: {}, expect: 400 });

    // Providers: Microsoft.ManagedIdentity starts unregistered in Contoso.
    await check('providers', 'GET', arm(`${sC}/providers`), { token: c.arm, apiVersion: v.resources });
    await check('unregistered namespace', 'GET', arm(`${sC}/providers/Microsoft.ManagedIdentity/userAssignedIdentities`), {
        token: c.arm, apiVersion: v.identities, expect: 409,
    });
    await check('provider', 'GET', arm(`${sC}/providers/Microsoft.ManagedIdentity`), { token: c.arm, apiVersion: v.resources });
    await check('provider register', 'POST', arm(`${sC}/providers/Microsoft.ManagedIdentity/register`), { token: c.arm, apiVersion: v.resources });
    await check('unknown provider', 'GET', arm(`${sC}/providers/Microsoft.Nonexistent`), { token: c.arm, apiVersion: v.resources, expect: 404 });
    skip('preview features (Microsoft.Features)', 'no Microsoft.Features spec is shipped in ../shared/azure/specs/');
    skip('operation results (…/operationresults/{id})', 'not an operation of any shipped spec (Location polling URL)');

    // User-assigned identities in Fabrikam (registered there).
    const groupF = `${sF}/resourceGroups/rg-crosskey-customer`;
    const identity = `${groupF}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-schema-check`;
    const created = await check('identity create', 'PUT', arm(identity), { token: f.arm, apiVersion: v.identities, json: { location: 'eastus', tags: { a: 'b' } }, expect: 201 });
    await check('identity re-put', 'PUT', arm(identity), { token: f.arm, apiVersion: v.identities, json: { location: 'eastus' }, expect: 200 });
    await check('identity get', 'GET', arm(identity), { token: f.arm, apiVersion: v.identities });
    await check('identities by group', 'GET', arm(`${groupF}/providers/Microsoft.ManagedIdentity/userAssignedIdentities`), { token: f.arm, apiVersion: v.identities });
    await check('identities by subscription', 'GET', arm(`${sF}/providers/Microsoft.ManagedIdentity/userAssignedIdentities`), { token: f.arm, apiVersion: v.identities });
    await check('identity absent', 'GET', arm(`${groupF}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-absent`), { token: f.arm, apiVersion: v.identities, expect: 404 });
    await check('identity bad name', 'PUT', arm(`${groupF}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/-x`), { token: f.arm, apiVersion: v.identities, json: { location: 'eastus' }, expect: 400 });
    await check('identity unknown api-version', 'GET', arm(identity), { token: f.arm, apiVersion: '2011-01-01', expect: 400 });

    // Role definitions
    const defs = `${sF}/providers/Microsoft.Authorization/roleDefinitions`;
    await check('role definitions', 'GET', arm(defs), { token: f.arm, apiVersion: v.authorization });
    await check('role definitions by name', 'GET', withQuery(arm(defs), { $filter: "roleName eq 'Reader'" }), { token: f.arm, apiVersion: v.authorization });
    await check('role definition', 'GET', arm(`${defs}/${role.reader}`), { token: f.arm, apiVersion: v.authorization });
    await check('role definition by id', 'GET', arm(`/providers/Microsoft.Authorization/roleDefinitions/${role.contributor}`), {
        token: f.arm, apiVersion: v.authorization, operationId: 'RoleDefinitions_GetById',
    });
    await check('role definition absent', 'GET', arm(`${defs}/${randomUUID()}`), { token: f.arm, apiVersion: v.authorization, expect: 404 });

    // Role assignments: Reader for developer@fabrikam on rg-shared (users are known to RBAC at once).
    const world = (await http('GET', `${base}/sandbox/world`)).body;
    const developer = findUser(world, `developer@${fabrikam}`);
    const developerId = developer?.id ?? developer?.objectId;
    if (!developerId) throw new Error('developer@fabrikam not found in /sandbox/world');
    const groupShared = `${sF}/resourceGroups/rg-shared`;
    const assignments = `${groupShared}/providers/Microsoft.Authorization/roleAssignments`;
    const name = randomUUID();
    const assignment = {
        properties: { roleDefinitionId: `${sF}/providers/Microsoft.Authorization/roleDefinitions/${role.reader}`, principalId: developerId, principalType: 'User' },
    };
    await check('role assignment create', 'PUT', arm(`${assignments}/${name}`), { token: f.arm, apiVersion: v.authorization, json: assignment, expect: 201 });
    await check('role assignment re-put', 'PUT', arm(`${assignments}/${name}`), { token: f.arm, apiVersion: v.authorization, json: assignment, expect: [200, 201] });
    await check('role assignment exists', 'PUT', arm(`${assignments}/${randomUUID()}`), { token: f.arm, apiVersion: v.authorization, json: assignment, expect: 409 });
    await check('role assignment get', 'GET', arm(`${assignments}/${name}`), { token: f.arm, apiVersion: v.authorization });
    await check('role assignment by id', 'GET', arm(`${assignments}/${name}`), { token: f.arm, apiVersion: v.authorization, operationId: 'RoleAssignments_GetById' });
    await check('role assignments at scope', 'GET', withQuery(arm(assignments), { $filter: 'atScope()' }), { token: f.arm, apiVersion: v.authorization });
    await check('role assignments of a principal', 'GET', withQuery(arm(`${sF}/providers/Microsoft.Authorization/roleAssignments`), { $filter: `principalId eq '${developerId}'` }), {
        token: f.arm, apiVersion: v.authorization,
    });
    await check('role assignments of a group', 'GET', arm(`${groupF}/providers/Microsoft.Authorization/roleAssignments`), { token: f.arm, apiVersion: v.authorization });
    await check('role assignment bad name', 'PUT', arm(`${assignments}/not-a-guid`), { token: f.arm, apiVersion: v.authorization, json: assignment, expect: 400 });
    const principalId = created.body?.properties?.principalId;
    if (principalId) {
        await check('role assignment for an unreplicated identity', 'PUT', arm(`${assignments}/${randomUUID()}`), {
            token: f.arm, apiVersion: v.authorization, expect: 400,
            json: { properties: { ...assignment.properties, principalId, principalType: 'ServicePrincipal' } },
        });
    }
    await check('role assignment unknown role', 'PUT', arm(`${assignments}/${randomUUID()}`), {
        token: f.arm, apiVersion: v.authorization, expect: [400, 404],
        json: { properties: { ...assignment.properties, roleDefinitionId: `${sF}/providers/Microsoft.Authorization/roleDefinitions/${randomUUID()}` } },
    });
    await check('role assignment delete', 'DELETE', arm(`${assignments}/${name}`), { token: f.arm, apiVersion: v.authorization, expect: 200 });
    await check('role assignment delete again', 'DELETE', arm(`${assignments}/${name}`), { token: f.arm, apiVersion: v.authorization, expect: 204 });
    await check('role assignment absent', 'GET', arm(`${assignments}/${name}`), { token: f.arm, apiVersion: v.authorization, expect: 404 });

    await check('identity delete', 'DELETE', arm(identity), { token: f.arm, apiVersion: v.identities, expect: 200 });
    await check('identity delete again', 'DELETE', arm(identity), { token: f.arm, apiVersion: v.identities, expect: 204 });
    await check('resource group delete', 'DELETE', arm(rg), { token: c.arm, apiVersion: v.resources, expect: 202 });
    return { subC, subF };
}

async function keyVault(c, { subC }) {
    const sC = `/subscriptions/${subC}`;
    const probe = await http('GET', withQuery(`${base}${sC}/providers/Microsoft.KeyVault/vaults`, { 'api-version': v.keyVault }), { token: c.arm });
    if (probe.status === 404 && probe.body?.error?.code === 'NotFound') {
        skip('Key Vault (Microsoft.KeyVault/vaults and the data plane)', 'the sandbox does not serve Key Vault yet (404 NotFound on the vault list)');
        return;
    }
    const group = `${sC}/resourceGroups/rg-crosskey-isv`;
    const vaultName = `kv-schema-${randomBytes(3).toString('hex')}`;
    const vaultPath = `${group}/providers/Microsoft.KeyVault/vaults/${vaultName}`;
    const oid = claims(c.arm).oid;
    const tid = claims(c.arm).tid;
    const vaultBody = {
        location: 'eastus',
        properties: {
            tenantId: tid,
            sku: { family: 'A', name: 'standard' },
            accessPolicies: [{ tenantId: tid, objectId: oid, permissions: { keys: ['get', 'list', 'create', 'update', 'delete', 'wrapKey', 'unwrapKey'] } }],
            enablePurgeProtection: true,
        },
    };
    await check('vaults by subscription', 'GET', `${base}${sC}/providers/Microsoft.KeyVault/vaults`, { token: c.arm, apiVersion: v.keyVault });
    const vault = await check('vault create', 'PUT', `${base}${vaultPath}`, { token: c.arm, apiVersion: v.keyVault, json: vaultBody, expect: [200, 201] });
    await check('vault get', 'GET', `${base}${vaultPath}`, { token: c.arm, apiVersion: v.keyVault });
    await check('vaults by group', 'GET', `${base}${group}/providers/Microsoft.KeyVault/vaults`, { token: c.arm, apiVersion: v.keyVault });
    await check('vault absent', 'GET', `${base}${group}/providers/Microsoft.KeyVault/vaults/kv-absent-000`, { token: c.arm, apiVersion: v.keyVault, expect: 404 });
    await check('vault name check', 'POST', `${base}${sC}/providers/Microsoft.KeyVault/checkNameAvailability`, {
        token: c.arm, apiVersion: v.keyVault, json: { name: vaultName, type: 'Microsoft.KeyVault/vaults' },
    });
    await check('vault access policy add', 'PUT', `${base}${vaultPath}/accessPolicies/add`, {
        token: c.arm, apiVersion: v.keyVault, expect: [200, 201],
        json: { properties: { accessPolicies: [{ tenantId: tid, objectId: oid, permissions: { keys: ['get', 'list', 'create', 'wrapKey', 'unwrapKey'] } }] } },
    });

    const vaultUri = vault.body?.properties?.vaultUri;
    if (!vaultUri) {
        skip('Key Vault data plane', 'the vault has no properties.vaultUri');
        return;
    }
    if (!c.keyVault) {
        skip('Key Vault data plane', 'no Key Vault token');
        return;
    }
    const vaultBase = vaultUri.replace(/\/$/, '');
    const vaultPathPrefix = new URL(vaultBase).pathname.replace(/\/$/, '');
    const data = (label, method, rel, options = {}) =>
        check(label, method, `${vaultBase}${rel}`, { token: c.keyVault, apiVersion: v.keyVaultData, specPath: rel.split('?')[0], ...options });
    const probeKeys = await http('GET', withQuery(`${vaultBase}/keys`, { 'api-version': v.keyVaultData }), { token: c.keyVault });
    if (probeKeys.status === 404 && probeKeys.body?.error?.code === 'NotFound') {
        skip('Key Vault data plane', `the sandbox does not serve ${vaultUri}keys yet (path prefix '${vaultPathPrefix}')`);
        return;
    }
    const key = await data('key create', 'POST', '/keys/cmk-schema/create', { json: { kty: 'RSA', key_size: 2048, key_ops: ['wrapKey', 'unwrapKey'] } });
    await data('key get', 'GET', '/keys/cmk-schema', { operationId: 'GetKey' });
    const kid = key.body?.key?.kid;
    const version = kid ? kid.split('/').pop() : null;
    if (version) {
        await data('key version get', 'GET', `/keys/cmk-schema/${version}`);
        await data('key update', 'PATCH', `/keys/cmk-schema/${version}`, { json: { attributes: { enabled: true }, tags: { purpose: 'schema' } } });
        const wrapped = await data('key wrap', 'POST', `/keys/cmk-schema/${version}/wrapkey`, {
            json: { alg: 'RSA-OAEP', value: base64url(randomBytes(32)) }, expect: [200, 404, 405],
        });
        if (wrapped.status === 200 && wrapped.body?.value) {
            await data('key unwrap', 'POST', `/keys/cmk-schema/${version}/unwrapkey`, { json: { alg: 'RSA-OAEP', value: wrapped.body.value } });
        }
    }
    await data('key versions', 'GET', '/keys/cmk-schema/versions');
    await data('keys', 'GET', '/keys');
    await data('key absent', 'GET', '/keys/absent-key', { expect: 404, operationId: 'GetKey' });
    await data('key bad body', 'POST', '/keys/cmk-bad/create', { json: { kty: 'Nope' }, expect: 400 });
    await data('key without token', 'GET', '/keys/cmk-schema', { token: undefined, expect: 401, operationId: 'GetKey' });
}

async function microsoftGraph(c, f) {
    await http('GET', `${base}/v1.0/me`, { token: c.graph }).then((r) =>
        skip(`user: GET /v1.0/me → ${r.status}`, 'the CSDL extract (MicrosoftGraph/v1.0/graph-v1.0-extract.xml) has no user EntityType'),
    );
    await graph('organization', 'GET', '/organization', { token: c.graph, type: 'organization', collection: true });
    await graph('organization (Fabrikam)', 'GET', '/organization', { token: f.graph, type: 'organization', collection: true });
    const app = await graph('application create', 'POST', '/applications', {
        token: c.graph, expect: 201, type: 'application',
        json: { displayName: 'CrossKey schema check', signInAudience: 'AzureADMultipleOrgs', web: { redirectUris: ['https://localhost/callback'] } },
    });
    const appId = app.body?.appId;
    const id = app.body?.id;
    if (!appId || !id) throw new Error('no application created; cannot go on with Graph');
    await graph('application get', 'GET', `/applications/${id}`, { token: c.graph, type: 'application' });
    await graph('application by appId', 'GET', `/applications(appId='${appId}')`, { token: c.graph, type: 'application' });
    await graph('applications filtered', 'GET', `/applications?$filter=${encodeURIComponent(`appId eq '${appId}'`)}`, { token: c.graph, type: 'application', collection: true });
    await graph('applications selected', 'GET', '/applications?$select=id,appId,displayName&$top=5', { token: c.graph, type: 'application', collection: true });
    await graph('application update', 'PATCH', `/applications/${id}`, { token: c.graph, json: { displayName: 'CrossKey schema check 2' }, expect: 204 });
    const fic = await graph('federated credential create', 'POST', `/applications/${id}/federatedIdentityCredentials`, {
        token: c.graph, expect: 201, type: 'federatedIdentityCredential',
        json: { name: 'schema-check', issuer: `${base}/${claims(f.arm).tid}/v2.0`, subject: randomUUID(), audiences: ['api://AzureADTokenExchange'], description: 'schema check' },
    });
    await graph('federated credentials', 'GET', `/applications/${id}/federatedIdentityCredentials`, { token: c.graph, type: 'federatedIdentityCredential', collection: true });
    if (fic.body?.id) {
        await graph('federated credential get', 'GET', `/applications/${id}/federatedIdentityCredentials/${fic.body.id}`, { token: c.graph, type: 'federatedIdentityCredential' });
    }
    await graph('service principal create (home)', 'POST', '/servicePrincipals', { token: c.graph, expect: 201, type: 'servicePrincipal', json: { appId } });
    await graph('service principal create (customer)', 'POST', '/servicePrincipals', { token: f.graph, expect: 201, type: 'servicePrincipal', json: { appId } });
    await graph('service principals filtered', 'GET', `/servicePrincipals?$filter=${encodeURIComponent(`appId eq '${appId}'`)}`, { token: f.graph, type: 'servicePrincipal', collection: true });
    await graph('service principal by appId', 'GET', `/servicePrincipals(appId='${appId}')`, { token: f.graph, type: 'servicePrincipal' });
    await graph('service principals', 'GET', '/servicePrincipals', { token: c.graph, type: 'servicePrincipal', collection: true });
    if (fic.body?.id) {
        await graph('federated credential delete', 'DELETE', `/applications/${id}/federatedIdentityCredentials/${fic.body.id}`, { token: c.graph, expect: 204 });
    }
    await graph('application delete', 'DELETE', `/applications/${id}`, { token: c.graph, expect: 204 });
}

async function signIn() {
    const armScope = 'https://management.azure.com/.default offline_access openid profile';
    const c = {};
    const f = {};
    const cTokens = await signInWithDeviceCode(contoso, armScope);
    c.arm = cTokens.access_token;
    pass(`sign-in admin@${contoso} by device code (client ${cliClientId}, aud ${claims(c.arm).aud})`);
    const fTokens = await signInWithAuthCode(fabrikam, armScope, `admin@${fabrikam}`);
    f.arm = fTokens.access_token;
    pass(`sign-in admin@${fabrikam} by authorization code + PKCE (aud ${claims(f.arm).aud})`);
    for (const [who, tenant, tokens] of [[c, contoso, cTokens], [f, fabrikam, fTokens]]) {
        who.graph = (await refreshFor(tenant, tokens.refresh_token, 'https://graph.microsoft.com/.default offline_access')).access_token;
        try {
            who.keyVault = (await refreshFor(tenant, tokens.refresh_token, 'https://vault.azure.net/.default offline_access')).access_token;
        } catch (error) {
            console.log(`note: no Key Vault token for ${tenant}: ${error.message.slice(0, 200)}`);
        }
    }
    pass('refresh tokens give Graph and Key Vault tokens');
    return { c, f };
}

async function main() {
    swagger = new SwaggerSet(specsDir);
    csdl = parseCsdl(path.join(specsDir, 'MicrosoftGraph/v1.0/graph-v1.0-extract.xml'));
    pass(`loaded ${swagger.docs.size} Swagger files (${swagger.operations.length} operations) and ${csdl.types.size} CSDL types from ${specsDir}`);
    selfTest();
    base = await startSandbox();
    console.log(`note: sandbox at ${base}`);
    const { c, f } = await signIn();
    const ids = await resourceManager(c, f);
    await keyVault(c, ids);
    await microsoftGraph(c, f);
}

try {
    await main();
} catch (error) {
    fail('suite', error.stack ?? String(error));
} finally {
    await stopSandbox();
}
if (tally.skipped) console.log(`${tally.skipped} skipped`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exitCode = tally.failed ? 1 : 0;
