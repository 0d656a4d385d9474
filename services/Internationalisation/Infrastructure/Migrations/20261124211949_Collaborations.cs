using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiedmontSystem.Internationalisation.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Collaborations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "collaborations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cluster_code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    partner_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    partner_region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    partner_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collaborations", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_country_cluster",
                table: "collaborations",
                columns: new[] { "partner_country", "cluster_code" });

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_recorded",
                table: "collaborations",
                columns: new[] { "recorded_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collaborations");
        }
    }
}
