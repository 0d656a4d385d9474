using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Internationalisation.Domain.Partnering;

namespace PiedmontSystem.Internationalisation.Infrastructure.EntityConfigurations.Partnering;

internal static class ContactMapping
{
    /// <summary>Maps a <see cref="ProfileContact"/> to <c>&lt;prefix&gt;_name</c>, <c>_email</c> and <c>_phone</c>.</summary>
    public static void ContactColumns(this ComplexPropertyBuilder<ProfileContact> contact, string prefix)
    {
        contact.Property(c => c.Name).HasColumnName(prefix + "_name").HasMaxLength(200);
        contact.Property(c => c.Email).HasColumnName(prefix + "_email").HasMaxLength(254);
        contact.Property(c => c.Phone).HasColumnName(prefix + "_phone").HasMaxLength(30);
    }
}
