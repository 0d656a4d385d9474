using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
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
            var errors = new List<(string Field, string Message)>();
            Collect(request, "", errors, depth: 0);
            if (errors.Count > 0)
            {
                throw new RequestValidationException(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray()));
            }
            return await next(context);
        }).ProducesValidationProblem();

    /// <summary>
    /// Validates an object and, below it, every nested request object and every item of a list of
    /// them (a team member, a criterion), naming each failure by its JSON path: <c>team[0].fte</c>.
    /// A rule written in a record's <see cref="IValidatableObject.Validate"/> names its own fields.
    /// </summary>
    private static void Collect(object value, string prefix, List<(string Field, string Message)> errors, int depth)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                var field = member.Length == 0 ? (prefix.Length == 0 ? "body" : prefix.TrimEnd('.')) : prefix + JsonPath(member);
                errors.Add((field, result.ErrorMessage ?? "Invalid value."));
            }
        }
        if (depth >= 5)
        {
            return;
        }
        foreach (var property in Walked.GetOrAdd(value.GetType(), type => [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)]))
        {
            var name = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            switch (property.GetValue(value))
            {
                case string or null:
                    break;
                case IEnumerable items:
                    var i = 0;
                    foreach (var item in items)
                    {
                        if (item is not null && IsRequestType(item.GetType()))
                        {
                            Collect(item, $"{name}[{i}].", errors, depth + 1);
                        }
                        i++;
                    }
                    break;
                case var nested when IsRequestType(nested.GetType()):
                    Collect(nested, name + ".", errors, depth + 1);
                    break;
            }
        }
    }

    /// <summary>Each request type's properties, looked up once (every request of a kind walks the same ones).</summary>
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Walked = new();

    /// <summary>The platform's own request types; framework types (dates, numbers, lists) are not walked into.</summary>
    private static bool IsRequestType(Type type) => type is { IsClass: true } && type.Namespace?.StartsWith("PiedmontSystem", StringComparison.Ordinal) == true;

    /// <summary><c>Partners[0].OrganisationId</c> as JSON spells it: <c>partners[0].organisationId</c>.</summary>
    private static string JsonPath(string member) =>
        string.Join('.', member.Split('.').Select(part => JsonNamingPolicy.CamelCase.ConvertName(part)));
}
