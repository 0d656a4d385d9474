using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Identity.Infrastructure;
using PiedmontSystem.Identity.Infrastructure.Mail;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>
/// Development only (404 elsewhere): the e-mails the service would have sent, newest first, their
/// links clickable, so a developer can confirm an address or reset a password without SMTP.
/// </summary>
public sealed partial class DevelopmentMailboxModel(IdentityServiceDbContext db, IHostEnvironment environment) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public IReadOnlyList<DevelopmentMail> Mails { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }
        Mails = await DevelopmentMailQuery.NewestFirst(db, To).ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>The mail's text, encoded, with its web addresses as links.</summary>
    public static IHtmlContent WithLinks(string text)
    {
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (Match link in WebAddress().Matches(text))
        {
            html.Append(text[at..link.Index]);
            html.AppendHtml("<a href=\"");
            html.Append(link.Value);
            html.AppendHtml("\">");
            html.Append(link.Value);
            html.AppendHtml("</a>");
            at = link.Index + link.Length;
        }
        html.Append(text[at..]);
        return html;
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex WebAddress();
}
