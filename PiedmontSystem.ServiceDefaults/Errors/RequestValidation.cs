using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PiedmontSystem.ServiceDefaults.Errors;

/// <summary>
/// The one way requests are validated: data annotations on the request record, checked by an
/// endpoint filter before the handler runs. Failures become a 400 validation problem whose
/// <c>errors</c> are keyed by the JSON (camelCase) name of each failing field, and the handler,
/// and so any state change, never runs.
/// </summary>
public static class RequestValidation
{
    public static RouteHandlerBuilder ValidateRequest<TRequest>(this RouteHandlerBuilder builder) where TRequest : class =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var request = context.Arguments.OfType<TRequest>().FirstOrDefault();
            if (request is null)
            {
                throw new RequestValidationException("body", "A request body is required.");
            }
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
            {
                throw new RequestValidationException(results
                    .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : ["body"]).Select(m => (Field: JsonNamingPolicy.CamelCase.ConvertName(m), r.ErrorMessage)))
                    .GroupBy(e => e.Field)
                    .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "Invalid value.").ToArray()));
            }
            return await next(context);
        }).ProducesValidationProblem();
}
