using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiedmontSystem.Internationalisation.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PartneringProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "partnering_profiles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    direction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    countries_of_interest = table.Column<List<string>>(type: "text[]", nullable: false),
                    priority_systems = table.Column<List<string>>(type: "text[]", nullable: false),
                    nace_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    keywords = table.Column<List<string>>(type: "text[]", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    reference_date = table.Column<DateOnly>(type: "date", nullable: true),
                    reference_sequence = table.Column<int>(type: "integer", nullable: true),
                    created_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    returned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    return_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    validated_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    renewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdraw_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    contact_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    description_en = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    description_it = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    summary_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    summary_it = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    title_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    title_it = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partnering_profiles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "partnering_interests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    profile_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_it = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    message_en = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    expressed_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    expressed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decline_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    contact_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partnering_interests", x => x.id);
                    table.ForeignKey(
                        name: "FK_partnering_interests_partnering_profiles_profile_id",
                        column: x => x.profile_id,
                        principalTable: "partnering_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_partnering_interests_expressed",
                table: "partnering_interests",
                columns: new[] { "expressed_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_partnering_interests_organisation",
                table: "partnering_interests",
                columns: new[] { "organisation_id", "expressed_at" });

            migrationBuilder.CreateIndex(
                name: "ux_partnering_interests_live",
                table: "partnering_interests",
                columns: new[] { "profile_id", "organisation_id" },
                unique: true,
                filter: "status IN ('Pending', 'Accepted')");

            migrationBuilder.CreateIndex(
                name: "ix_partnering_profiles_created",
                table: "partnering_profiles",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_partnering_profiles_expiring",
                table: "partnering_profiles",
                columns: new[] { "expires_on", "id" },
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_partnering_profiles_organisation",
                table: "partnering_profiles",
                columns: new[] { "organisation_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_partnering_profiles_published",
                table: "partnering_profiles",
                columns: new[] { "published_at", "id" },
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ux_partnering_profiles_reference",
                table: "partnering_profiles",
                column: "reference",
                unique: true,
                filter: "reference IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "partnering_interests");

            migrationBuilder.DropTable(
                name: "partnering_profiles");
        }
    }
}
