using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiedmontSystem.Web.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Opportunities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "opportunities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    title_it = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    title_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    opens_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deadline_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    open_to_kinds = table.Column<List<string>>(type: "text[]", nullable: false),
                    open_to_size_classes = table.Column<List<string>>(type: "text[]", nullable: false),
                    open_to_provinces = table.Column<List<string>>(type: "text[]", nullable: false),
                    priority_systems = table.Column<List<string>>(type: "text[]", nullable: false),
                    innovative_startups_only = table.Column<bool>(type: "boolean", nullable: false),
                    startups_or_smes_only = table.Column<bool>(type: "boolean", nullable: false),
                    owner_organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    budget_eur = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: true),
                    detail = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opportunities", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_changed",
                table: "opportunities",
                columns: new[] { "changed_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_deadline",
                table: "opportunities",
                columns: new[] { "deadline_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_kinds",
                table: "opportunities",
                column: "open_to_kinds")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_priority_systems",
                table: "opportunities",
                column: "priority_systems")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_provinces",
                table: "opportunities",
                column: "open_to_provinces")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_size_classes",
                table: "opportunities",
                column: "open_to_size_classes")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "opportunities");
        }
    }
}
