// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the Microsoft Graph CSDL extract (../shared/azure/specs/MicrosoftGraph/v1.0/) with a small
// tag scanner and checks an answer's property names and primitive types against an entity type.
import { readFileSync } from 'node:fs';

function attributes(text) {
    const out = {};
    for (const m of text.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = m[2];
    return out;
}

// {types: Map(name -> {kind, name, baseType, openType, properties: Map(name -> {type, nullable, navigation})})}
export function parseCsdl(file) {
    const xml = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    const types = new Map();
    let current = null;
    for (const m of xml.matchAll(/<(\/?)(\w+)([^>]*?)(\/?)>/g)) {
        const [, closing, tag, attrText, selfClosing] = m;
        if (closing) {
            if (tag === 'EntityType' || tag === 'ComplexType') current = null;
            continue;
        }
        const attrs = attributes(attrText);
        if (tag === 'EntityType' || tag === 'ComplexType') {
            const type = {
                kind: tag,
                name: attrs.Name,
                baseType: attrs.BaseType ? attrs.BaseType.replace(/^(graph|microsoft\.graph)\./, '') : null,
                openType: attrs.OpenType === 'true',
                properties: new Map(),
            };
            types.set(type.name, type);
            current = selfClosing ? null : type;
        } else if (current && (tag === 'Property' || tag === 'NavigationProperty')) {
            current.properties.set(attrs.Name, {
                type: attrs.Type,
                nullable: attrs.Nullable !== 'false',
                navigation: tag === 'NavigationProperty',
            });
        }
    }
    return { types };
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const dateTimeOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function allProperties(model, typeName) {
    const props = new Map();
    const chain = [];
    for (let name = typeName; name; ) {
        const type = model.types.get(name);
        if (!type) throw new Error(`type '${name}' is not in the CSDL extract`);
        chain.push(type);
        for (const [key, value] of type.properties) if (!props.has(key)) props.set(key, value);
        name = type.baseType;
    }
    return { props, openType: chain.some((t) => t.openType) };
}

function checkValue(model, type, value, where, errors, notes) {
    const collection = /^Collection\((.+)\)$/.exec(type);
    if (collection) {
        if (!Array.isArray(value)) return errors.push(`${where}: expected an array (${type}), got ${typeof value}`);
        value.forEach((item, i) => checkValue(model, collection[1], item, `${where}/${i}`, errors, notes));
        return;
    }
    if (value === null) return; // nullability is checked by the caller
    switch (type) {
        case 'Edm.String':
        case 'Edm.Binary':
        case 'Edm.Stream':
        case 'Edm.Duration':
            if (typeof value !== 'string') errors.push(`${where}: expected a string (${type}), got ${JSON.stringify(value)}`);
            return;
        case 'Edm.Guid':
            if (typeof value !== 'string' || !guid.test(value)) errors.push(`${where}: expected a GUID (Edm.Guid), got ${JSON.stringify(value)}`);
            return;
        case 'Edm.DateTimeOffset':
            if (typeof value !== 'string' || !dateTimeOffset.test(value)) {
                errors.push(`${where}: expected an ISO 8601 date-time (Edm.DateTimeOffset), got ${JSON.stringify(value)}`);
            }
            return;
        case 'Edm.Boolean':
            if (typeof value !== 'boolean') errors.push(`${where}: expected a boolean, got ${JSON.stringify(value)}`);
            return;
        case 'Edm.Int32':
        case 'Edm.Int64':
        case 'Edm.Byte':
            if (!Number.isInteger(value)) errors.push(`${where}: expected an integer (${type}), got ${JSON.stringify(value)}`);
            return;
        case 'Edm.Double':
        case 'Edm.Single':
            if (typeof value !== 'number') errors.push(`${where}: expected a number (${type}), got ${JSON.stringify(value)}`);
            return;
        default: {
            const name = type.replace(/^(graph|microsoft\.graph)\./, '');
            if (model.types.has(name)) {
                if (typeof value !== 'object' || Array.isArray(value)) {
                    errors.push(`${where}: expected an object (${type}), got ${JSON.stringify(value)}`);
                } else {
                    checkObject(model, name, value, where, errors, notes);
                }
            } else if (typeof value !== 'string' && (typeof value !== 'object' || Array.isArray(value))) {
                // Not in the extract: an enum (string) or a complex type (object).
                errors.push(`${where}: expected a string (enum) or an object (${type}), got ${JSON.stringify(value)}`);
            } else {
                notes.push(`${where}: ${type} not in the extract, shape not checked`);
            }
        }
    }
}

function checkObject(model, typeName, body, where, errors, notes) {
    const { props, openType } = allProperties(model, typeName);
    for (const [key, value] of Object.entries(body)) {
        if (key.includes('@')) continue; // OData annotations (@odata.context, …)
        const prop = props.get(key);
        if (!prop) {
            errors.push(
                `${where}/${key}: not a property of ${typeName}${openType ? ' (an open type, but Graph v1.0 declares no dynamic properties for it)' : ''}`,
            );
            continue;
        }
        if (value === null) {
            if (!prop.nullable) errors.push(`${where}/${key}: null, but ${typeName}.${key} is Nullable="false"`);
            continue;
        }
        checkValue(model, prop.type, value, `${where}/${key}`, errors, notes);
    }
}

// Checks one Graph entity BODY (with $select, SELECTED lists the properties asked for).
export function checkEntity(model, typeName, body) {
    const errors = [];
    const notes = [];
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        return { errors: [`expected an object of type ${typeName}`], notes };
    }
    checkObject(model, typeName, body, '', errors, notes);
    return { errors, notes };
}
