using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiedmontSystem.ClusterRegistry.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ClusterMemberCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cluster_member_counts",
                columns: table => new
                {
                    cluster_id = table.Column<Guid>(type: "uuid", nullable: false),
                    active_members = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cluster_member_counts", x => x.cluster_id);
                    table.ForeignKey(
                        name: "FK_cluster_member_counts_clusters_cluster_id",
                        column: x => x.cluster_id,
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Statement-level triggers with transition tables: one aggregate upsert per statement,
            // so a bulk COPY of memberships costs one update per cluster, not one per row.
            migrationBuilder.Sql("""
                CREATE FUNCTION cluster_member_counts_update() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO cluster_member_counts (cluster_id, active_members)
                    SELECT cluster_id, sum(delta)::int FROM (
                        SELECT cluster_id, -1 AS delta FROM old_rows WHERE status = 'Active'
                        UNION ALL
                        SELECT cluster_id, 1 FROM new_rows WHERE status = 'Active'
                    ) AS changes
                    GROUP BY cluster_id
                    ON CONFLICT (cluster_id) DO UPDATE SET active_members = cluster_member_counts.active_members + EXCLUDED.active_members;
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION cluster_member_counts_insert() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO cluster_member_counts (cluster_id, active_members)
                    SELECT cluster_id, count(*)::int FROM new_rows WHERE status = 'Active' GROUP BY cluster_id
                    ON CONFLICT (cluster_id) DO UPDATE SET active_members = cluster_member_counts.active_members + EXCLUDED.active_members;
                    RETURN NULL;
                END $$;
                CREATE FUNCTION cluster_member_counts_delete() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE cluster_member_counts c SET active_members = c.active_members - d.removed
                    FROM (SELECT cluster_id, count(*)::int AS removed FROM old_rows WHERE status = 'Active' GROUP BY cluster_id) d
                    WHERE c.cluster_id = d.cluster_id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER memberships_count_insert AFTER INSERT ON memberships
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cluster_member_counts_insert();
                CREATE TRIGGER memberships_count_update AFTER UPDATE ON memberships
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cluster_member_counts_update();
                CREATE TRIGGER memberships_count_delete AFTER DELETE ON memberships
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cluster_member_counts_delete();
                INSERT INTO cluster_member_counts (cluster_id, active_members)
                SELECT cluster_id, count(*)::int FROM memberships WHERE status = 'Active' GROUP BY cluster_id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER memberships_count_insert ON memberships;
                DROP TRIGGER memberships_count_update ON memberships;
                DROP TRIGGER memberships_count_delete ON memberships;
                DROP FUNCTION cluster_member_counts_insert();
                DROP FUNCTION cluster_member_counts_update();
                DROP FUNCTION cluster_member_counts_delete();
                """);

            migrationBuilder.DropTable(
                name: "cluster_member_counts");
        }
    }
}
