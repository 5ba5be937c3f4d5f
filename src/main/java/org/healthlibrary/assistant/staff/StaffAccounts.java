package org.healthlibrary.assistant.staff;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * Creates, changes and checks console accounts. Passwords are stored only as bcrypt hashes
 * (cost {@value #BCRYPT_COST}); a check of an unknown user name still computes one hash so
 * that timing does not tell which names exist. At least one enabled admin always remains.
 * Thread-safe; every method is one transaction.
 */
@ApplicationScoped
public class StaffAccounts {

    /** bcrypt work factor: about 60-100 ms per check on this hardware. */
    static final int BCRYPT_COST = 10;
    /** Shortest password accepted. */
    public static final int MIN_PASSWORD = 12;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final String NO_SUCH_USER_HASH = BcryptUtil.bcryptHash("no such user, constant work", BCRYPT_COST);

    private final Session session;

    public StaffAccounts(Session session) {
        this.session = session;
    }

    /** Every account, by user name. */
    @Transactional
    public List<StaffMember> list() {
        return session.createSelectionQuery("from StaffAccount order by username", StaffAccount.class)
                .getResultList().stream().map(StaffMember::of).toList();
    }

    /** How many accounts exist. */
    @Transactional
    public long count() {
        return session.createSelectionQuery("select count(*) from StaffAccount", Long.class).getSingleResult();
    }

    /** The account named {@code username}, if any. */
    @Transactional
    public Optional<StaffMember> find(String username) {
        return byName(username).map(StaffMember::of);
    }

    /**
     * Creates an enabled account.
     *
     * @throws AccountException when the name is malformed or taken, or the password too short or long
     */
    @Transactional
    public StaffMember create(String username, String password, StaffRole role) {
        String name = checkedName(username);
        checkPassword(password);
        if (byName(name).isPresent()) {
            throw new AccountException("username_taken", "An account with that user name exists already.", true);
        }
        StaffAccount account = new StaffAccount();
        account.username = name;
        account.passwordHash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
        account.role = role;
        account.enabled = true;
        account.createdAt = Instant.now();
        session.persist(account);
        return StaffMember.of(account);
    }

    /**
     * Changes an account's role and whether it may sign in.
     *
     * @throws AccountException when there is no such account, or it is the last enabled admin and would stop being one
     */
    @Transactional
    public StaffMember update(String username, StaffRole role, boolean enabled) {
        StaffAccount account = existing(username);
        boolean staysAdmin = role == StaffRole.ADMIN && enabled;
        if (account.role == StaffRole.ADMIN && account.enabled && !staysAdmin && enabledAdmins() <= 1) {
            throw new AccountException("last_admin", "This is the last enabled admin; make another admin first.", true);
        }
        account.role = role;
        account.enabled = enabled;
        return StaffMember.of(account);
    }

    /**
     * Sets a new password.
     *
     * @throws AccountException when there is no such account or the password is too short or long
     */
    @Transactional
    public void setPassword(String username, String password) {
        checkPassword(password);
        existing(username).passwordHash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
    }

    /** The enabled account whose password matches, or empty (unknown name, wrong password, disabled). */
    @Transactional
    public Optional<StaffMember> verify(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<StaffAccount> account = byName(username.strip().toLowerCase(java.util.Locale.ROOT));
        String hash = account.map(a -> a.passwordHash).orElse(NO_SUCH_USER_HASH);
        boolean matches = password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES
                && BcryptUtil.matches(password, hash);
        return account.filter(a -> matches && a.enabled).map(StaffMember::of);
    }

    private long enabledAdmins() {
        return session.createSelectionQuery(
                "select count(*) from StaffAccount where role = :role and enabled = true", Long.class)
                .setParameter("role", StaffRole.ADMIN).getSingleResult();
    }

    private StaffAccount existing(String username) {
        return byName(username).orElseThrow(() ->
                new AccountException("no_such_account", "There is no account with that user name.", false));
    }

    private Optional<StaffAccount> byName(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return session.createSelectionQuery("from StaffAccount where username = :name", StaffAccount.class)
                .setParameter("name", username).getResultStream().findFirst();
    }

    private static String checkedName(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException("invalid_username",
                    "A user name is 2-64 characters: letters, digits, '.', '_' or '-', starting with a letter or digit.", false);
        }
        return name;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new AccountException("password_too_short", "A password needs at least " + MIN_PASSWORD + " characters.", false);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AccountException("password_too_long", "A password may have at most " + MAX_PASSWORD_BYTES + " bytes.", false);
        }
    }
}
