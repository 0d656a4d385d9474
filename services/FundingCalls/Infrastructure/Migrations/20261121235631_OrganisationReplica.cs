using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiedmontSystem.FundingCalls.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationReplica : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registry_organisations",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    legal_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    vat_number = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    province = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    size_class = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    innovative_startup = table.Column<bool>(type: "boolean", nullable: false),
                    ateco_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    priority_systems = table.Column<List<string>>(type: "text[]", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_organisations", x => x.organisation_id);
                });

            // Keep what the old view held; fields it never had wait for the next OrganisationUpdated.
            migrationBuilder.Sql("""
                INSERT INTO registry_organisations (organisation_id, legal_name, kind, province, size_class, innovative_startup, priority_systems, registered_at, changed_at)
                SELECT organisation_id, legal_name, kind, province, 'unknown', false, '{}', registered_at, registered_at FROM applicants;
                """);

            migrationBuilder.DropTable(
                name: "applicants");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registry_organisations");

            migrationBuilder.CreateTable(
                name: "applicants",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    legal_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    province = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applicants", x => x.organisation_id);
                });
        }
    }
}
