package nl.plekwijzer.devstack.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Plain JDBC against the database of the service under test, to arrange and to check what it stored. */
public final class Sql {

    private Sql() {
    }

    public static long count(String query, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, query, parameters)) {
            ResultSet result = statement.executeQuery();
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    public static String string(String query, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, query, parameters)) {
            ResultSet result = statement.executeQuery();
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    /** The first column of every row, as text. */
    public static List<String> strings(String query, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, query, parameters)) {
            ResultSet result = statement.executeQuery();
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    public static int update(String statementText, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, statementText, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statementText, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String query, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(query);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
