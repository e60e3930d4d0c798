package cn.nengshang.ledger.common.web;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a controller method the {@link Actor} of the request's token, read by the configured claim names. */
public class ActorResolver implements HandlerMethodArgumentResolver {

    private final TokenClaimNames claims;

    public ActorResolver(TokenClaimNames claims) {
        this.claims = claims;
    }

    /** The actor of the request being served, if it carries a valid token. */
    public static java.util.Optional<Jwt> token() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Jwt jwt
                ? java.util.Optional.of(jwt) : java.util.Optional.empty();
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                 WebDataBinderFactory binders) {
        return claims.actor(token().orElseThrow(() -> new LedgerException(ErrorCode.UNAUTHENTICATED)));
    }
}
