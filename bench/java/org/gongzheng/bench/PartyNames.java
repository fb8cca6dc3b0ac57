package org.gongzheng.bench;

/**
 * Parties' names for rows made by set-based inserts: twenty common surnames and twenty given names,
 * so a full name such as 王建国 is on about one row in forty and a given name on one in twenty.
 */
final class PartyNames {

	/** A FROM item naming the arrays {@code n.surnames} and {@code n.given}, ending its line. */
	static final String ARRAYS = """
			(select array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','马','罗']
			            as surnames,
			        array['建国','小明','秀英','志强','丽娟','海燕','伟','芳','军','磊','静','敏','桂兰','玉兰','春梅','国华',
			            '建华','晓东','文杰','明辉'] as given) n
			""";

	private PartyNames() {
	}

	/** Two names, one per line, as a case keeps them, varying with the series value {@code g}; ends its line. */
	static String twoNames(String g) {
		return """
				n.surnames[1 + (%1$s / 3) %% 20] || n.given[1 + %1$s %% 20] || E'\\n'
				    || n.surnames[1 + (%1$s / 11) %% 20] || n.given[1 + (%1$s / 13) %% 20]
				""".formatted(g);
	}
}
