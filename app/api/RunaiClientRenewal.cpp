// SPDX-License-Identifier: MIT
// RunaiClient::renewalGrants(): the calls a Session renews its token with. Session sits below
// ApiJob and RunaiClient and sends no calls itself; the sign-in hands these over with the token.
#include "api/RunaiClient.h"

namespace runai {

namespace {

// RunaiClient's own token grants, so a renewal takes the same endpoint (v2 or v1) and grant
// fallbacks as the sign-in did. Holds no state.
class ClientTokenGrants final : public Session::TokenGrants
{
public:
    void refresh(Session *session, const SecretBytes &refreshToken, const QString &clientId,
                 Done done) const override
    {
        run(session, RunaiClient(session).refreshToken(refreshToken, clientId), std::move(done));
    }

    void repeat(Session *session, Session::Grant grant, const QString &identity,
                const SecretBytes &secret, const QString &appName, Done done) const override
    {
        const RunaiClient client(session);
        // Exposed for the grant's request body only; this QString copy is wiped at once (the
        // body itself goes with the job). `secret` is zeroed by its owner.
        QString forRequest = secret.revealAsQString();
        TokenJob *job = grant == Session::Grant::Password
                                ? client.passwordToken(identity, forRequest)
                                : client.clientCredentialsToken(identity, forRequest, appName);
        SecretBytes::wipeOwned(forRequest);
        run(session, job, std::move(done));
    }

private:
    static void run(Session *session, TokenJob *job, Done done)
    {
        // Nobody else holds a renewal: it goes with the session if that ends first (sign-out,
        // window closed) instead of outliving it unfinished.
        job->setParent(session);
        QObject::connect(job, &ApiJob::finished, session, [job, done = std::move(done)] {
            Outcome outcome;
            if (job->succeeded())
                outcome.tokens = job->result().duplicate();
            else
                outcome.error = job->error();
            outcome.grantUsed = job->grantUsed();
            done(std::move(outcome));
        });
        job->start();
    }
};

} // namespace

std::shared_ptr<const Session::TokenGrants> RunaiClient::renewalGrants()
{
    static const auto grants = std::make_shared<const ClientTokenGrants>();
    return grants;
}

} // namespace runai
