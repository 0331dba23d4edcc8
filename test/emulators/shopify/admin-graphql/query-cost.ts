import {
  Kind,
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * Shopify's calculated query cost: scalars and enums 0, objects 1, connections
 * `2 + first × (cost of one node)`, mutation fields 10. `requestedQueryCost` is computed from the
 * query alone; `actualQueryCost` walks the returned data with the same rules, counting only the
 * objects that came back.
 */

const MUTATION_FIELD_COST = 10;
const CONNECTION_BASE_COST = 2;

interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
}

function fragmentsOf(document: DocumentNode) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  return fragments;
}

interface FieldVisit {
  responseKey: string;
  fieldName: string;
  args: Record<string, unknown>;
  selectionSet: SelectionSetNode | undefined;
}

/** Flattens fragments into the fields selected on `parentType`. */
function fieldsOf(
  selectionSet: SelectionSetNode,
  input: CostInput,
  fragments: Map<string, FragmentDefinitionNode>,
): FieldVisit[] {
  const visits: FieldVisit[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const args: Record<string, unknown> = {};
      for (const argument of selection.arguments ?? []) {
        args[argument.name.value] = valueFromASTUntyped(argument.value, input.variables);
      }
      visits.push({
        responseKey: selection.alias?.value ?? selection.name.value,
        fieldName: selection.name.value,
        args,
        selectionSet: selection.selectionSet,
      });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      visits.push(...fieldsOf(selection.selectionSet, input, fragments));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment) visits.push(...fieldsOf(fragment.selectionSet, input, fragments));
    }
  }
  return visits;
}

function fieldType(parentType: GraphQLCompositeType, fieldName: string) {
  if (!isObjectType(parentType) && !isInterfaceType(parentType)) return null;
  const field = parentType.getFields()[fieldName];
  return field ? getNamedType(field.type) : null;
}

function isConnection(typeName: string) {
  return typeName.endsWith("Connection");
}

function pageSize(args: Record<string, unknown>) {
  const size =
    typeof args.first === "number" ? args.first : typeof args.last === "number" ? args.last : 1;
  return Math.max(size, 0);
}

function nodeTypeOfConnection(connectionType: GraphQLCompositeType) {
  return fieldType(connectionType, "nodes");
}

function requestedCost(
  selectionSet: SelectionSetNode | undefined,
  parentType: GraphQLCompositeType,
  input: CostInput,
  fragments: Map<string, FragmentDefinitionNode>,
  isMutationRoot = false,
): number {
  if (!selectionSet) return 0;
  let total = 0;
  for (const visit of fieldsOf(selectionSet, input, fragments)) {
    if (visit.fieldName.startsWith("__")) continue;
    const type = fieldType(parentType, visit.fieldName);
    if (!type || !isCompositeType(type)) continue;
    if (isMutationRoot) {
      total += MUTATION_FIELD_COST + requestedCost(visit.selectionSet, type, input, fragments);
    } else if (isConnection(type.name)) {
      total +=
        CONNECTION_BASE_COST +
        pageSize(visit.args) * connectionNodeCost(visit.selectionSet, type, input, fragments);
    } else {
      const multiplier = typeof visit.args.first === "number" ? visit.args.first : 1;
      total += multiplier * (1 + requestedCost(visit.selectionSet, type, input, fragments));
    }
  }
  return total;
}

/** Cost of one node of a connection: `nodes{…}` and `edges{node{…}}`; edges and pageInfo are free. */
function connectionNodeCost(
  selectionSet: SelectionSetNode | undefined,
  connectionType: GraphQLCompositeType,
  input: CostInput,
  fragments: Map<string, FragmentDefinitionNode>,
): number {
  if (!selectionSet) return 0;
  const nodeType = nodeTypeOfConnection(connectionType);
  if (!nodeType || !isCompositeType(nodeType)) return 0;
  let cost = 0;
  for (const visit of fieldsOf(selectionSet, input, fragments)) {
    if (visit.fieldName === "nodes")
      cost += 1 + requestedCost(visit.selectionSet, nodeType, input, fragments);
    if (visit.fieldName === "edges" && visit.selectionSet) {
      for (const edgeField of fieldsOf(visit.selectionSet, input, fragments)) {
        if (edgeField.fieldName === "node")
          cost += 1 + requestedCost(edgeField.selectionSet, nodeType, input, fragments);
      }
    }
  }
  return cost;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function actualCost(
  selectionSet: SelectionSetNode | undefined,
  parentType: GraphQLCompositeType,
  data: Record<string, unknown> | null,
  input: CostInput,
  fragments: Map<string, FragmentDefinitionNode>,
  isMutationRoot = false,
): number {
  if (!selectionSet || !data) return 0;
  let total = 0;
  for (const visit of fieldsOf(selectionSet, input, fragments)) {
    if (visit.fieldName.startsWith("__")) continue;
    const type = fieldType(parentType, visit.fieldName);
    if (!type || !isCompositeType(type)) continue;
    const value = data[visit.responseKey];
    if (isMutationRoot) {
      total +=
        MUTATION_FIELD_COST +
        actualCost(visit.selectionSet, type, asRecord(value), input, fragments);
      continue;
    }
    if (value === null || value === undefined) continue;
    if (isConnection(type.name)) {
      total +=
        CONNECTION_BASE_COST +
        actualConnectionCost(visit.selectionSet, type, asRecord(value), input, fragments);
    } else if (Array.isArray(value)) {
      for (const item of value)
        total += 1 + actualCost(visit.selectionSet, type, asRecord(item), input, fragments);
    } else {
      total += 1 + actualCost(visit.selectionSet, type, asRecord(value), input, fragments);
    }
  }
  return total;
}

function actualConnectionCost(
  selectionSet: SelectionSetNode | undefined,
  connectionType: GraphQLCompositeType,
  data: Record<string, unknown> | null,
  input: CostInput,
  fragments: Map<string, FragmentDefinitionNode>,
): number {
  if (!selectionSet || !data) return 0;
  const nodeType = nodeTypeOfConnection(connectionType);
  if (!nodeType || !isCompositeType(nodeType)) return 0;
  let cost = 0;
  for (const visit of fieldsOf(selectionSet, input, fragments)) {
    const value = data[visit.responseKey];
    if (!Array.isArray(value)) continue;
    if (visit.fieldName === "nodes") {
      for (const node of value)
        cost += 1 + actualCost(visit.selectionSet, nodeType, asRecord(node), input, fragments);
    }
    if (visit.fieldName === "edges" && visit.selectionSet) {
      for (const edge of value) {
        const edgeData = asRecord(edge);
        for (const edgeField of fieldsOf(visit.selectionSet, input, fragments)) {
          if (edgeField.fieldName !== "node" || !edgeData) continue;
          cost +=
            1 +
            actualCost(
              edgeField.selectionSet,
              nodeType,
              asRecord(edgeData[edgeField.responseKey]),
              input,
              fragments,
            );
        }
      }
    }
  }
  return cost;
}

function rootTypeOf(input: CostInput) {
  const root =
    input.operation.operation === "mutation"
      ? input.schema.getMutationType()
      : input.schema.getQueryType();
  if (!root) throw new Error(`schema has no root type for ${input.operation.operation}`);
  return root;
}

export function calculateRequestedCost(input: CostInput) {
  const fragments = fragmentsOf(input.document);
  return requestedCost(
    input.operation.selectionSet,
    rootTypeOf(input),
    input,
    fragments,
    input.operation.operation === "mutation",
  );
}

export function calculateActualCost(input: CostInput, data: unknown) {
  const fragments = fragmentsOf(input.document);
  return actualCost(
    input.operation.selectionSet,
    rootTypeOf(input),
    asRecord(data),
    input,
    fragments,
    input.operation.operation === "mutation",
  );
}
