package org.torc.web.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torc.web.testing.RunningServer;

/** A second start on the same H2 file keeps what the first start wrote. */
class RestartIT {

    @TempDir Path workDir;

    @Test
    void secondStartReusesTheDatabaseFile() throws Exception {
        RunningServer first = RunningServer.start(Map.of(), workDir);
        first.stop();
        String createdAt = birthOfDatabase();

        RunningServer second = RunningServer.start(Map.of(), workDir);
        second.stop();

        assertTrue(Files.exists(workDir.resolve("torc.db.mv.db")));
        assertEquals(createdAt, birthOfDatabase());
        assertTrue(second.log().contains("Torc server"), second.log());
    }

    private String birthOfDatabase() throws Exception {
        String url = "jdbc:h2:file:" + workDir.resolve("torc.db") + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT created_at FROM torc_database")) {
            assertTrue(rows.next());
            return rows.getString(1);
        }
    }
}
