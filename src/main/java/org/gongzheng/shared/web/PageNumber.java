package org.gongzheng.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Min;

/**
 * The {@code page} an API list is asked for: the first page is 0. Declared on the parameter rather
 * than only checked by {@link Paging#within}, so that a page with too many digits for an int is
 * told the same, or the page numbers the list takes, and not the range of an int.
 */
@Documented
@Constraint(validatedBy = {})
@Min(0)
@ReportAsSingleViolation
@Target({ ElementType.PARAMETER, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PageNumber {

	String message() default "{error.field.page}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
