using Microsoft.AspNetCore.Components;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Web.Components;

/// <summary>
/// What every page and part of the portal may use: the request (static server rendering gives
/// each render its <see cref="HttpContext"/>) and who is signed in, with the platform's own
/// <see cref="CurrentUser"/> rules, so a page offers what the API will allow.
/// </summary>
public abstract class PortalComponent : ComponentBase
{
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    protected CurrentUser Person => HttpContext is null ? CurrentUser.Anonymous : CurrentUser.From(HttpContext.User);

    /// <summary>The path and query of this page, to come back to after signing in or switching language.</summary>
    protected string HerePath => HttpContext is null ? "/" : HttpContext.Request.Path + HttpContext.Request.QueryString;

    protected static string SignInPath(string returnUrl) => "/session/signin?returnUrl=" + Uri.EscapeDataString(returnUrl);

    /// <summary>The icon named <paramref name="name"/> (e.g. <c>it-calendar</c>) of Bootstrap Italia's sprite.</summary>
    protected static string Icon(string name) => "/lib/bootstrap-italia/svg/sprites.svg#" + name;
}
