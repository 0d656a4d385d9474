using Microsoft.Extensions.DependencyInjection;

namespace PiedmontSystem.ServiceDefaults.OpenApi;

public static class OpenApiExtensions
{
    /// <summary>
    /// Each service's OpenAPI document, made true for every service at once: request members are
    /// required only when the API requires them, enums and nullable members validate what the
    /// API sends, and every error answer the platform gives is declared as problem details.
    /// </summary>
    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services)
    {
        services.AddSingleton<RequestBodyTypes>();
        services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer<EnumSchemaTransformer>();
            options.AddSchemaTransformer<RequestSchemaTransformer>();
            options.AddOperationTransformer<ProblemResponsesTransformer>();
            options.AddDocumentTransformer<ProblemSchemas>();
            options.AddDocumentTransformer<RequiredMembersRefuseNull>();
        });
        return services;
    }
}
