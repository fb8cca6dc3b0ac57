package org.gongzheng.discretion.internal;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzheng.discretion.LicenceAction;
import org.gongzheng.discretion.PenaltyComponents;

/**
 * An ordinary-procedure penalty the handler proposes for one party of a case. The fine is in yuan
 * with at most two decimals; points follow from the violation code.
 */
public record ProposalCommand(
		@NotNull(message = "{validation.required}") Long partyId,
		@NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.size.max}") String violationCode,
		Set<String> circumstances,
		@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.size.max}") String facts,
		boolean warning,
		@DecimalMin(value = "0.01", message = "{validation.positive}") @Digits(integer = 9, fraction = 2, message = "{penalty.fine.format}") BigDecimal fine,
		@Min(value = 1, message = "{validation.positive}") @Max(value = 20, message = "{penalty.detention.max}") Integer detentionDays,
		LicenceAction licenceAction,
		@Min(value = 1, message = "{validation.positive}") @Max(value = 60, message = "{validation.max}") Integer licenceMonths,
		boolean vehicleSeizure,
		@Size(max = 4000, message = "{validation.size.max}") String deviationReason,
		@Size(max = 4000, message = "{validation.size.max}") String omissionReason,
		boolean hearingNoticeGiven) {

	public PenaltyComponents components(int points) {
		return new PenaltyComponents(warning, fine == null ? null : fine.movePointRight(2).longValueExact(), detentionDays,
				points, licenceAction, licenceAction == LicenceAction.SUSPEND ? licenceMonths : null, vehicleSeizure);
	}
}
