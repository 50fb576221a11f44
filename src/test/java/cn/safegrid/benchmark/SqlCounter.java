package cn.safegrid.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the SQL round trips the application makes: each execute and each executed batch. */
public final class SqlCounter {

  static final LongAdder ROUND_TRIPS = new LongAdder();
  static final LongAdder BATCHED_STATEMENTS = new LongAdder();
  static final LongAdder NANOS = new LongAdder();
  static final java.util.concurrent.ConcurrentHashMap<String, LongAdder> BY_SQL = new java.util.concurrent.ConcurrentHashMap<>();

  private SqlCounter() {}

  static void reset() {
    ROUND_TRIPS.reset();
    BATCHED_STATEMENTS.reset();
    NANOS.reset();
    BY_SQL.clear();
  }

  /** Wraps the application's data source. */
  @TestConfiguration
  static class Config {
    @Bean
    static BeanPostProcessor countingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
          return bean instanceof DataSource dataSource ? wrap(dataSource, DataSource.class) : bean;
        }
      };
    }
  }

  static <T> T wrap(T target, Class<T> type) {
    return wrap(target, type, null);
  }

  @SuppressWarnings("unchecked")
  static <T> T wrap(T target, Class<T> type, String sql) {
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      boolean roundTrip = false;
      if (target instanceof Statement) {
        if (name.equals("executeBatch")) {
          roundTrip = true;
        } else if (name.equals("addBatch")) {
          BATCHED_STATEMENTS.increment();
          if (sql != null) {
            BY_SQL.computeIfAbsent("[batch] " + sql, k -> new LongAdder()).increment();
          }
        } else if (name.startsWith("execute")) {
          roundTrip = true;
        }
      }
      Object result;
      long start = System.nanoTime();
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      } finally {
        if (roundTrip) {
          ROUND_TRIPS.increment();
          NANOS.add(System.nanoTime() - start);
          String key = sql != null ? sql : (args != null && args.length > 0 && args[0] instanceof String s0 ? s0 : name);
          BY_SQL.computeIfAbsent(key, k -> new LongAdder()).increment();
        }
      }
      if (result instanceof Connection connection) {
        return wrap(connection, Connection.class);
      }
      String prepared = args != null && args.length > 0 && args[0] instanceof String s1 ? s1 : null;
      if (result instanceof java.sql.CallableStatement statement) {
        return wrap(statement, java.sql.CallableStatement.class, prepared);
      }
      if (result instanceof java.sql.PreparedStatement statement) {
        return wrap(statement, java.sql.PreparedStatement.class, prepared);
      }
      if (result instanceof Statement statement) {
        return wrap(statement, Statement.class);
      }
      return result;
    };
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
