package org.metricflow.symbolic.cas;

import java.util.Map;
import org.matheclipse.core.form.tex.TeXFormFactory;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** LaTeX output through Symja's {@link TeXFormFactory}, with caller-chosen TeX for named symbols. */
final class Latex {

    private Latex() {
    }

    static String of(IExpr expr, Map<String, String> symbolTex) {
        TeXFormFactory factory = new TeXFormFactory() {
            @Override
            public void convertSymbol(StringBuilder buf, ISymbol sym) {
                String tex = symbolTex.get(sym.getSymbolName());
                if (tex != null) {
                    buf.append(tex);
                } else {
                    super.convertSymbol(buf, sym);
                }
            }
        };
        StringBuilder sb = new StringBuilder();
        factory.convert(sb, expr, 0);
        return sb.toString();
    }
}
