import {
  GraphQLError,
  Kind,
  buildSchema,
  execute,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { z } from "zod";
import type { ThrottleBucket } from "../throttle-bucket";
import { calculateActualCost, calculateRequestedCost } from "./query-cost";
import { createRootValue } from "./root";
import { ADMIN_SCHEMA_SDL } from "./schema.graphql";
import type { AdminContext } from "./views";

const SINGLE_QUERY_MAX_COST = 1000;

export const GraphqlRequestSchema = z.object({
  query: z.string().min(1),
  variables: z.record(z.unknown()).nullish(),
  operationName: z.string().nullish(),
});
export type GraphqlRequest = z.infer<typeof GraphqlRequestSchema>;

export interface GraphqlAnswer {
  status: number;
  body: unknown;
}

let cachedSchema: GraphQLSchema | null = null;

export function adminSchema() {
  cachedSchema ??= buildSchema(ADMIN_SCHEMA_SDL);
  return cachedSchema;
}

/** graphql-js words some validation errors differently from Shopify (graphql-ruby); align the common ones. */
function shopifyWording(error: GraphQLError): GraphQLFormattedError {
  const formatted = error.toJSON();
  const undefinedField = /^Cannot query field "(.+?)" on type "(.+?)"\./.exec(error.message);
  if (undefinedField) {
    return {
      ...formatted,
      message: `Field '${undefinedField[1]}' doesn't exist on type '${undefinedField[2]}'`,
      extensions: {
        code: "undefinedField",
        typeName: undefinedField[2],
        fieldName: undefinedField[1],
      },
    };
  }
  return formatted;
}

function pickOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | null {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (operationName)
    return operations.find((operation) => operation.name?.value === operationName) ?? null;
  return operations.length === 1 ? (operations[0] ?? null) : null;
}

/** Answers one Admin GraphQL request body as Shopify would, charging the shop's bucket. */
export async function answerAdminGraphql(options: {
  rawBody: unknown;
  context: AdminContext;
  bucket: ThrottleBucket;
}): Promise<GraphqlAnswer> {
  const request = GraphqlRequestSchema.safeParse(options.rawBody);
  if (!request.success) {
    return { status: 400, body: { errors: { query: "Required parameter missing or invalid" } } };
  }
  const { query, operationName } = request.data;
  const variables = request.data.variables ?? {};
  const schema = adminSchema();

  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    const syntaxError = error instanceof GraphQLError ? error : new GraphQLError(String(error));
    return { status: 200, body: { errors: [syntaxError.toJSON()] } };
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) {
    return { status: 200, body: { errors: validationErrors.map(shopifyWording) } };
  }
  const operation = pickOperation(document, operationName);
  if (!operation) {
    return { status: 200, body: { errors: [{ message: "An operation name is required" }] } };
  }

  const costInput = { schema, document, operation, variables };
  const requestedQueryCost = calculateRequestedCost(costInput);
  const costExtension = (actualQueryCost: number | null) => ({
    cost: { requestedQueryCost, actualQueryCost, throttleStatus: options.bucket.status() },
  });
  if (requestedQueryCost > SINGLE_QUERY_MAX_COST) {
    return {
      status: 200,
      body: {
        errors: [
          {
            message: `Query cost is ${requestedQueryCost}, which exceeds the single query max cost limit (${SINGLE_QUERY_MAX_COST}).\n\nSee https://shopify.dev/concepts/about-apis/rate-limits for more information on how the\ncost of a query is calculated.\n\nTo query larger amounts of data with fewer limits, bulk operations should be used instead.\nSee https://shopify.dev/tutorials/perform-bulk-operations-with-admin-api for usage details.\n`,
            extensions: {
              code: "MAX_COST_EXCEEDED",
              cost: requestedQueryCost,
              maxCost: SINGLE_QUERY_MAX_COST,
            },
          },
        ],
        extensions: costExtension(null),
      },
    };
  }
  if (!options.bucket.take(requestedQueryCost)) {
    return {
      status: 200,
      body: {
        errors: [
          {
            message: "Throttled",
            extensions: {
              code: "THROTTLED",
              documentation: "https://shopify.dev/api/usage/rate-limits",
            },
          },
        ],
        extensions: costExtension(null),
      },
    };
  }

  const result = await execute({
    schema,
    document,
    rootValue: createRootValue(options.context),
    contextValue: options.context,
    variableValues: variables,
    operationName: operationName ?? undefined,
  });
  const actualQueryCost = calculateActualCost(costInput, result.data);
  options.bucket.refund(requestedQueryCost - actualQueryCost);
  const body: Record<string, unknown> = {};
  if (result.errors?.length) body.errors = result.errors.map((error) => error.toJSON());
  body.data = result.data ?? null;
  body.extensions = costExtension(actualQueryCost);
  return { status: 200, body };
}
