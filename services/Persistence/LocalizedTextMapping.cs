using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Persistence;

public static class LocalizedTextMapping
{
    /// <summary>Maps a <see cref="LocalizedText"/> to two columns, <c>&lt;name&gt;_it</c> and <c>&lt;name&gt;_en</c>.</summary>
    public static void Localized(this ComplexPropertyBuilder<LocalizedText> text, string column, int maxLength)
    {
        text.Property(t => t.It).HasColumnName(column + "_it").HasMaxLength(maxLength);
        text.Property(t => t.En).HasColumnName(column + "_en").HasMaxLength(maxLength);
    }
}
