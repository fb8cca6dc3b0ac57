package org.gongzheng.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The {@code size} of a page an API list is asked for, from one to the list's {@link #max}: the
 * same maximum its {@link Paging#within} call is given. Declared on the parameter so that a size
 * with too many digits for an int is told this range, as a size just past it is, and not the
 * range of an int.
 */
@Documented
@Constraint(validatedBy = {})
@Min(1)
@Max(Integer.MAX_VALUE)
@ReportAsSingleViolation
@Target({ ElementType.PARAMETER, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PageSize {

	/** The most rows a page of the list holds. */
	@OverridesAttribute(constraint = Max.class, name = "value")
	long max();

	String message() default "{validation.pageSize}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
