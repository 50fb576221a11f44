package cn.safegrid.system;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A typed process variable: its name and Java type in one constant, so code reads
 * {@code HazardVariables.HAZARD_ID.get(execution)} instead of casting {@code getVariable("hazardId")}.
 * Values are stored as the engine's primitive types (Java serialization is switched off).
 */
public final class VariableKey<T> {

  private final String name;
  private final Class<T> type;

  private VariableKey(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  public static <T> VariableKey<T> of(String name, Class<T> type) {
    return new VariableKey<>(name, type);
  }

  public String name() {
    return name;
  }

  /** The value, or null when the variable is not set. */
  public T get(VariableScope scope) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (!type.isInstance(value)) {
      throw new WrongVariableType(name, type, value);
    }
    return type.cast(value);
  }

  /** The value, failing with a clear message when it is missing (a modelling error). */
  public T require(VariableScope scope) {
    T value = get(scope);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is missing");
    }
    return value;
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, typed(value));
  }

  /** Reads the value and removes the variable: for a value only the next step needs. */
  public T take(VariableScope scope) {
    T value = require(scope);
    scope.removeVariable(name);
    return value;
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, typed(value));
  }

  /** The value as the engine stores it: the matching primitive type. */
  public TypedValue typed(T value) {
    if (value instanceof Date date) {
      return Variables.dateValue(date);
    }
    return Variables.untypedValue(value);
  }
}
