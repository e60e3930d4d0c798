package cn.nengshang.ledger.console;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Who is signed in to the console: the actor as the API will see it and the bearer token the console sends for
 * them. Kept in the server-side session only; the browser holds a session cookie, never the token.
 */
public record ConsoleUser(String sub, List<Role> roles, String institution, String department, String token,
                          Instant expiresAt) implements Serializable, AuthenticatedPrincipal {

    /** Who the session belongs to, as the session store indexes it. */
    @Override
    public String getName() {
        return sub;
    }

    public static ConsoleUser of(Actor actor, String token, Instant expiresAt) {
        return new ConsoleUser(actor.sub(), actor.roles().stream().sorted().toList(), actor.institution(),
                actor.department(), token, expiresAt);
    }

    public Actor actor() {
        return new Actor(sub, java.util.Set.copyOf(roles), institution, department);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... names) {
        for (String name : names) {
            if (roles.stream().anyMatch(r -> r.name().equals(name))) return true;
        }
        return false;
    }

    /** The authentication the console's security chain keeps in the session. */
    public Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null,
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
    }

    @Override
    public String toString() {
        return "ConsoleUser[" + sub + " " + roles + "]";
    }
}
