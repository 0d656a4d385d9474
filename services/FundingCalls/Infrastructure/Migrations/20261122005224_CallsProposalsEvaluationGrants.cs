using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiedmontSystem.FundingCalls.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CallsProposalsEvaluationGrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evaluators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    priority_systems = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "programmes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    fund = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    first_year = table.Column<int>(type: "integer", nullable: false),
                    last_year = table.Column<int>(type: "integer", nullable: false),
                    budget_eur = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    eu_cofinancing_rate = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_it = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programmes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "calls",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    instrument = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    eligible_kinds = table.Column<List<string>>(type: "text[]", nullable: false),
                    eligible_size_classes = table.Column<List<string>>(type: "text[]", nullable: false),
                    eligible_priority_systems = table.Column<List<string>>(type: "text[]", nullable: false),
                    eligible_components = table.Column<List<string>>(type: "text[]", nullable: false),
                    endorsement_required = table.Column<bool>(type: "boolean", nullable: false),
                    min_grant_eur = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    max_grant_eur = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    budget_eur = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    committed_eur = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    opens_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deadline_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    pass_threshold = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    evaluation_completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    max_participants = table.Column<int>(type: "integer", nullable: false),
                    min_participants = table.Column<int>(type: "integer", nullable: false),
                    requires_sme = table.Column<bool>(type: "boolean", nullable: false),
                    text_en = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    text_it = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    title_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    title_it = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    amendments = table.Column<string>(type: "jsonb", nullable: false),
                    criteria = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calls", x => x.id);
                    table.CheckConstraint("ck_calls_budget_not_overcommitted", "committed_eur >= 0 AND committed_eur <= budget_eur");
                    table.ForeignKey(
                        name: "FK_calls_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "proposals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lead_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    submission_version = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    weighted_total = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    failed_thresholds = table.Column<List<string>>(type: "text[]", nullable: false),
                    rank_position = table.Column<int>(type: "integer", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    endorsement = table.Column<string>(type: "jsonb", nullable: true),
                    ineligibility_reasons = table.Column<string>(type: "jsonb", nullable: false),
                    submitted = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposals", x => x.id);
                    table.ForeignKey(
                        name: "FK_proposals_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    evaluator_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assigned_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    scored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    scores = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignments", x => x.id);
                    table.ForeignKey(
                        name: "FK_assignments_evaluators_evaluator_id",
                        column: x => x.evaluator_id,
                        principalTable: "evaluators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assignments_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount_eur = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    eu_share_eur = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    regional_share_eur = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    awarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    awarded_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grants", x => x.id);
                    table.ForeignKey(
                        name: "FK_grants_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_grants_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "proposal_submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    eligible = table.Column<bool>(type: "boolean", nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposal_submissions", x => x.id);
                    table.ForeignKey(
                        name: "FK_proposal_submissions_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_evaluator",
                table: "assignments",
                columns: new[] { "evaluator_id", "assigned_at" });

            migrationBuilder.CreateIndex(
                name: "ux_assignments_proposal_evaluator",
                table: "assignments",
                columns: new[] { "proposal_id", "evaluator_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_calls_deadline",
                table: "calls",
                columns: new[] { "deadline_at", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_calls_programme_id",
                table: "calls",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_calls_status_deadline",
                table: "calls",
                columns: new[] { "status", "deadline_at" });

            migrationBuilder.CreateIndex(
                name: "ux_calls_code",
                table: "calls",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_evaluators_subject",
                table: "evaluators",
                column: "subject",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grants_call",
                table: "grants",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "ux_grants_proposal",
                table: "grants",
                column: "proposal_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_programmes_code",
                table: "programmes",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_proposal_submissions_version",
                table: "proposal_submissions",
                columns: new[] { "proposal_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_proposals_call_status",
                table: "proposals",
                columns: new[] { "call_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_participants",
                table: "proposals",
                column: "participant_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ux_proposals_one_per_lead",
                table: "proposals",
                columns: new[] { "call_id", "lead_organisation_id" },
                unique: true,
                filter: "status <> 'Withdrawn'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assignments");

            migrationBuilder.DropTable(
                name: "grants");

            migrationBuilder.DropTable(
                name: "proposal_submissions");

            migrationBuilder.DropTable(
                name: "evaluators");

            migrationBuilder.DropTable(
                name: "proposals");

            migrationBuilder.DropTable(
                name: "calls");

            migrationBuilder.DropTable(
                name: "programmes");
        }
    }
}
