// SPDX-License-Identifier: GPL-3.0-or-later
// Loads the Swagger 2.0 files under ../shared/azure/specs/ into Ajv, finds the operation a request
// addresses and validates an answer's body against that operation's response schema.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const methods = ['get', 'put', 'post', 'patch', 'delete', 'head'];

function jsonFiles(dir) {
    const out = [];
    for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) {
            if (name !== 'examples') out.push(...jsonFiles(full));
        } else if (name.endsWith('.json')) {
            out.push(full);
        }
    }
    return out.sort();
}

export class SwaggerSet {
    constructor(specsDir) {
        this.specsDir = path.resolve(specsDir);
        this.docs = new Map(); // file URI -> transformed document
        this.raw = new Map(); // file path -> parsed JSON
        this.operations = [];
        this.compiled = new Map();
        this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, verbose: true });
        addFormats(this.ajv);
        // Swagger/autorest formats Ajv does not know: checked loosely by their type only.
        for (const name of ['unixtime', 'arm-id', 'base64url', 'decimal', 'char', 'duration-constant']) {
            this.ajv.addFormat(name, { validate: () => true });
        }
        for (const file of jsonFiles(this.specsDir)) {
            const raw = JSON.parse(readFileSync(file, 'utf8'));
            this.raw.set(file, raw);
            const uri = pathToFileURL(file).href;
            const doc = this.transform(raw, file);
            this.docs.set(uri, doc);
            this.ajv.addSchema({ $id: uri, definitions: doc.definitions ?? {}, parameters: doc.parameters ?? {} });
        }
        for (const [uri, doc] of this.docs) this.indexOperations(doc, fileURLToPath(uri), uri);
    }

    // The absolute file a relative $ref names; …/common-types/… maps to this folder's copy (README.md).
    refFile(fromFile, relative) {
        const direct = path.resolve(path.dirname(fromFile), relative);
        if (existsSync(direct)) return direct;
        const marker = relative.lastIndexOf('common-types/');
        if (marker >= 0) {
            const mapped = path.join(this.specsDir, relative.slice(marker));
            if (existsSync(mapped)) return mapped;
        }
        throw new Error(`unresolvable $ref '${relative}' in ${fromFile}`);
    }

    absoluteRef(ref, file) {
        const hash = ref.indexOf('#');
        const filePart = hash >= 0 ? ref.slice(0, hash) : ref;
        const fragment = hash >= 0 ? ref.slice(hash) : '#';
        const target = filePart === '' ? file : this.refFile(file, filePart);
        return pathToFileURL(target).href + fragment;
    }

    // Swagger schema -> JSON Schema for Ajv: absolute $refs, x-nullable honoured, other x-* dropped.
    transform(node, file) {
        if (Array.isArray(node)) return node.map((item) => this.transform(item, file));
        if (node === null || typeof node !== 'object') return node;
        const out = {};
        for (const [key, value] of Object.entries(node)) {
            if (key.startsWith('x-') && key !== 'x-ms-paths' && key !== 'x-ms-skip-url-encoding') continue;
            if (key === 'discriminator' && typeof value === 'string') continue; // Swagger's, not Ajv's
            if (key === '$ref' && typeof value === 'string') {
                out.$ref = this.absoluteRef(value, file);
            } else if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') {
                if (value === true) out[key] = node[key === 'exclusiveMinimum' ? 'minimum' : 'maximum'];
                else if (typeof value === 'number') out[key] = value;
            } else if (key === 'type' && value === 'file') {
                continue;
            } else {
                out[key] = this.transform(value, file);
            }
        }
        if (node['x-nullable'] === true) {
            if (out.$ref) return { anyOf: [out, { type: 'null' }] };
            if (typeof out.type === 'string') out.type = [out.type, 'null'];
        }
        return out;
    }

    resolve(schema) {
        let current = schema;
        for (let depth = 0; current && current.$ref && depth < 20; ++depth) {
            const [fileUri, pointer = ''] = current.$ref.split('#');
            let node = this.docs.get(fileUri);
            if (!node) throw new Error(`no document ${fileUri}`);
            for (const part of pointer.split('/').filter(Boolean)) {
                node = node[decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~'))];
                if (node === undefined) throw new Error(`dangling $ref ${current.$ref}`);
            }
            current = node;
        }
        return current;
    }

    indexOperations(doc, file, uri) {
        const version = doc.info?.version;
        for (const [template, item] of Object.entries({ ...(doc.paths ?? {}), ...(doc['x-ms-paths'] ?? {}) })) {
            const pathOnly = template.split('?')[0].replace(/\/$/, '');
            const shared = item.parameters ?? [];
            for (const method of methods) {
                const operation = item[method];
                if (!operation) continue;
                const params = [...shared, ...(operation.parameters ?? [])].map((p) => this.resolve(p));
                const literal = [];
                let paramCount = 0;
                const regex = pathOnly.replace(/\{([^}]+)\}|([^{]+)/g, (_, name, text) => {
                    if (text !== undefined) {
                        literal.push(text);
                        return text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
                    }
                    ++paramCount;
                    const param = params.find((p) => p.in === 'path' && p.name === name);
                    return param && param['x-ms-skip-url-encoding'] ? '(.+)' : '([^/]+)';
                });
                this.operations.push({
                    file,
                    uri,
                    version,
                    template,
                    method,
                    operationId: operation.operationId,
                    responses: operation.responses ?? {},
                    regex: new RegExp(`^${regex}/?$`, 'i'),
                    literalSegments: literal.join('').split('/').filter(Boolean).length,
                    paramCount,
                });
            }
        }
    }

    // The operation that serves METHOD PATH, preferring the given api-version's file and the most
    // literal template (so /{roleAssignmentId} loses to …/roleAssignments/{roleAssignmentName}).
    // OPERATIONID picks the operation directly (for paths only a catch-all template like /{roleId} or
    // /keys/{key-name}/{key-version} with an empty version describes).
    findOperation(method, urlPath, apiVersion, operationId) {
        const candidates = this.operations.filter((op) =>
            operationId
                ? op.operationId === operationId && op.method === method.toLowerCase()
                : op.method === method.toLowerCase() && op.regex.test(urlPath),
        );
        candidates.sort(
            (a, b) =>
                (b.version === apiVersion) - (a.version === apiVersion) ||
                b.literalSegments - a.literalSegments ||
                a.paramCount - b.paramCount,
        );
        return candidates[0] ?? null;
    }

    // The response schema of OPERATION for STATUS: {schema, key} or {missing: true}.
    responseFor(operation, status) {
        const key = Object.hasOwn(operation.responses, String(status)) ? String(status) : 'default';
        const response = operation.responses[key];
        if (!response) return { missing: true };
        return { key, schema: response.schema ? this.transformedResponse(operation, key) : null };
    }

    transformedResponse(operation, key) {
        const doc = this.docs.get(operation.uri);
        const item = { ...(doc.paths ?? {}), ...(doc['x-ms-paths'] ?? {}) }[operation.template];
        return item[operation.method].responses[key].schema;
    }

    compile(schema, cacheKey) {
        let validate = this.compiled.get(cacheKey);
        if (!validate) {
            validate = this.ajv.compile(schema);
            this.compiled.set(cacheKey, validate);
        }
        return validate;
    }

    // Validates BODY against SCHEMA (a transformed schema). KNOWN lists tolerated spec gaps
    // ({why, test(error) -> bool}): matching errors become notes. Returns {errors, known, undeclared}.
    validate(schema, body, cacheKey, known = []) {
        const validate = this.compile(schema, cacheKey ?? JSON.stringify(schema));
        const errors = [];
        const tolerated = [];
        if (!validate(body)) {
            for (const e of validate.errors) {
                const where = e.instancePath || '/';
                let text = `${where}: ${e.message}${e.params?.allowedValues ? ` (${e.params.allowedValues.join(', ')})` : ''}`;
                if (e.keyword === 'additionalProperties') {
                    text = `${where}: property '${e.params.additionalProperty}' is not allowed by the spec`;
                }
                if (e.keyword === 'type' && e.data === null) text = `${where}: null, but the spec says ${e.params.type}`;
                const gap = known.find((k) => k.test(e));
                if (gap) tolerated.push(`${text} (known: ${gap.why})`);
                else errors.push(text);
            }
        }
        const undeclared = [];
        this.findUndeclared(schema, body, '', undeclared, 0);
        return { errors: dedupe(errors), known: dedupe(tolerated), undeclared: dedupe(undeclared) };
    }

    validateDefinition(fileRelative, name, body) {
        const uri = pathToFileURL(path.join(this.specsDir, fileRelative)).href;
        return this.validate({ $ref: `${uri}#/definitions/${name}` }, body, `${uri}#${name}`);
    }

    // Properties of an object the schema does not declare, where it allows them (no
    // additionalProperties): not an error in Swagger, but worth a look.
    collectProperties(schema, into, depth) {
        const s = this.resolve(schema);
        if (!s || depth > 30) return { open: true };
        let open = false;
        let additional = s.additionalProperties;
        for (const [name, sub] of Object.entries(s.properties ?? {})) into.set(name, sub);
        for (const part of s.allOf ?? []) {
            const r = this.collectProperties(part, into, depth + 1);
            open ||= r.open;
            additional ??= r.additional;
        }
        if (s.anyOf || s.oneOf) open = true;
        if (!s.properties && !s.allOf && additional === undefined && !s.type) open = true;
        return { open, additional };
    }

    findUndeclared(schema, data, where, out, depth) {
        if (depth > 30 || data === null || typeof data !== 'object' || !schema) return;
        const s = this.resolve(schema);
        if (!s) return;
        if (Array.isArray(data)) {
            if (s.items) data.forEach((item, i) => this.findUndeclared(s.items, item, `${where}/${i}`, out, depth + 1));
            return;
        }
        if (s.anyOf) {
            const nonNull = s.anyOf.filter((x) => x.type !== 'null');
            if (nonNull.length === 1) this.findUndeclared(nonNull[0], data, where, out, depth + 1);
            return;
        }
        const props = new Map();
        const { open, additional } = this.collectProperties(s, props, 0);
        for (const [key, value] of Object.entries(data)) {
            if (props.has(key)) {
                this.findUndeclared(props.get(key), value, `${where}/${key}`, out, depth + 1);
            } else if (additional && typeof additional === 'object') {
                this.findUndeclared(additional, value, `${where}/${key}`, out, depth + 1);
            } else if (additional === undefined && !open && props.size > 0) {
                out.push(`${where}/${key}`);
            }
        }
    }
}

function dedupe(list) {
    return [...new Set(list)];
}
