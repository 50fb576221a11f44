package cn.safegrid.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * How process code refuses what an officer submitted: the engine's form validation exception,
 * which Tasklist shows on the form and the REST API answers with 400 (see EngineRestConfig for
 * the REST start, which would otherwise answer 500).
 */
public final class Refusal {

  private Refusal() {}

  public static FormFieldValidationException of(String field, String message) {
    return new FormFieldValidationException(field, message);
  }
}
