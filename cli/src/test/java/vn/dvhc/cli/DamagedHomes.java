package vn.dvhc.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.h2.engine.SessionLocal;
import org.h2.index.Cursor;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.result.Row;
import org.h2.table.Table;

/**
 * Home databases damaged on purpose, the two ways issue 21 saw: rows an index still names but the table lost
 * (made through H2's own engine, as an interrupted recovery leaves them), and a file whose header is unreadable.
 * The home's server must be stopped first.
 */
final class DamagedHomes {

    private DamagedHomes() {
    }

    /** Removes the first {@code count} rows of a table from its primary index only. */
    static void dropFromPrimaryIndex(Path home, String table, int count) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("dvhc") + ";FILE_LOCK=FS",
                "sa", "")) {
            SessionLocal session = (SessionLocal) ((JdbcConnection) connection).getSession();
            Table target = session.getDatabase().getSchema("PUBLIC").findTableOrView(session, table);
            Index primary = target.getScanIndex(session);
            Cursor cursor = primary.find(session, null, null, false);
            List<Row> rows = new ArrayList<>();
            while (rows.size() < count && cursor.next()) {
                rows.add(cursor.get());
            }
            for (Row row : rows) {
                primary.remove(session, row);
            }
            session.commit(false);
            connection.createStatement().execute("SHUTDOWN");
        }
    }

    /** Overwrites both store headers of the file with zeros. */
    static void zeroHeaders(Path home) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(home.resolve("dvhc.mv.db").toFile(), "rw")) {
            file.write(new byte[8192]);
        }
    }
}
