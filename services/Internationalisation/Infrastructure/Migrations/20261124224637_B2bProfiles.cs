using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiedmontSystem.Internationalisation.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class B2bProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "b2b_profiles",
                columns: table => new
                {
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offer = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    seek = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    unavailable_slots = table.Column<List<int>>(type: "integer[]", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_b2b_profiles", x => x.participant_id);
                    table.ForeignKey(
                        name: "FK_b2b_profiles_international_events_event_id",
                        column: x => x.event_id,
                        principalTable: "international_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_b2b_profiles_event",
                table: "b2b_profiles",
                column: "event_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "b2b_profiles");
        }
    }
}
