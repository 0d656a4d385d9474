using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiedmontSystem.ClusterRegistry.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ClustersMembershipsAndRegisters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "province",
                table: "organisations",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2)",
                oldMaxLength: 2);

            migrationBuilder.AddColumn<string>(
                name: "ateco_code",
                table: "organisations",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "balance_sheet_eur",
                table: "organisations",
                type: "numeric(16,2)",
                precision: 16,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fiscal_code",
                table: "organisations",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "founded_on",
                table: "organisations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "headcount",
                table: "organisations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "innovative_startup",
                table: "organisations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "priority_systems",
                table: "organisations",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "search_name",
                table: "organisations",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "size_class",
                table: "organisations",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "synthetic",
                table: "organisations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "turnover_eur",
                table: "organisations",
                type: "numeric(16,2)",
                precision: 16,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "organisations",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "website",
                table: "organisations",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "organisations",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            // Organisations registered before this migration: derive what the new columns hold.
            migrationBuilder.Sql("UPDATE organisations SET search_name = lower(legal_name), updated_at = registered_at, size_class = 'Unknown'");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    details = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "clusters",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    successor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    priority_systems = table.Column<List<string>>(type: "text[]", nullable: false),
                    transversal_roles = table.Column<List<string>>(type: "text[]", nullable: false),
                    managing_organisation_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    established_in = table.Column<int>(type: "integer", nullable: true),
                    closed_in = table.Column<int>(type: "integer", nullable: true),
                    website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    contact_address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    contact_email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    description_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    description_it = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    domain_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    domain_it = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_it = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clusters", x => x.id);
                    table.ForeignKey(
                        name: "FK_clusters_clusters_successor_id",
                        column: x => x.successor_id,
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: true),
                    response_body = table.Column<string>(type: "text", nullable: true),
                    location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_keys", x => new { x.owner, x.key });
                });

            migrationBuilder.CreateTable(
                name: "projects",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    lead_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_organisation_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    cluster_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    amount_eur = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    synthetic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reference_items",
                columns: table => new
                {
                    category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_it = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reference_items", x => new { x.category, x.code });
                });

            migrationBuilder.CreateTable(
                name: "collaborations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cluster_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    partner_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    partner_region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    partner_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: true),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    synthetic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collaborations", x => x.id);
                    table.ForeignKey(
                        name: "FK_collaborations_clusters_cluster_id",
                        column: x => x.cluster_id,
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "memberships",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cluster_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    active_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    synthetic = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    steps = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_memberships", x => x.id);
                    table.ForeignKey(
                        name: "FK_memberships_clusters_cluster_id",
                        column: x => x.cluster_id,
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_memberships_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_organisations_kind_name",
                table: "organisations",
                columns: new[] { "kind", "search_name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_organisations_name",
                table: "organisations",
                columns: new[] { "search_name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_organisations_priority_systems",
                table: "organisations",
                column: "priority_systems")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_province_name",
                table: "organisations",
                columns: new[] { "province", "search_name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_organisations_registered",
                table: "organisations",
                columns: new[] { "registered_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_organisations_size_name",
                table: "organisations",
                columns: new[] { "size_class", "search_name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_time",
                table: "audit_entries",
                columns: new[] { "occurred_at", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_clusters_successor_id",
                table: "clusters",
                column: "successor_id");

            migrationBuilder.CreateIndex(
                name: "ux_clusters_code",
                table: "clusters",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_cluster",
                table: "collaborations",
                columns: new[] { "cluster_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ux_collaborations_source",
                table: "collaborations",
                column: "source_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_memberships_cluster_status",
                table: "memberships",
                columns: new[] { "cluster_id", "status", "organisation_id" });

            migrationBuilder.CreateIndex(
                name: "ux_memberships_open",
                table: "memberships",
                columns: new[] { "organisation_id", "cluster_id" },
                unique: true,
                filter: "status IN ('Requested', 'Active', 'Suspended')");

            migrationBuilder.CreateIndex(
                name: "ix_projects_clusters",
                table: "projects",
                column: "cluster_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_projects_recorded",
                table: "projects",
                columns: new[] { "recorded_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ux_projects_source",
                table: "projects",
                column: "source_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "collaborations");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "memberships");

            migrationBuilder.DropTable(
                name: "projects");

            migrationBuilder.DropTable(
                name: "reference_items");

            migrationBuilder.DropTable(
                name: "clusters");

            migrationBuilder.DropIndex(
                name: "ix_organisations_kind_name",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "ix_organisations_name",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "ix_organisations_priority_systems",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "ix_organisations_province_name",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "ix_organisations_registered",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "ix_organisations_size_name",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "ateco_code",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "balance_sheet_eur",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "fiscal_code",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "founded_on",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "headcount",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "innovative_startup",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "priority_systems",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "search_name",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "size_class",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "synthetic",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "turnover_eur",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "website",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "organisations");

            migrationBuilder.AlterColumn<string>(
                name: "province",
                table: "organisations",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(2)",
                oldMaxLength: 2,
                oldNullable: true);
        }
    }
}
