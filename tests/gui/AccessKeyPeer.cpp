// SPDX-License-Identifier: MIT
#include "AccessKeyPeer.h"

#include "../api/ApiTestSupport.h"
#include "api/RunaiClient.h"

namespace runai::test {

AccessKeyPeer makeAccessKeyPeer(const QUrl &baseUrl, const QString &adminEmail,
                                const QString &adminPassword, const QString &email,
                                const QString &keyName)
{
    AccessKeyPeer peer;
    peer.email = email;
    Session admin(fastSettings(baseUrl));
    peer.error = run(RunaiClient(&admin).signIn(adminEmail, adminPassword))->error();
    if (peer.error.isError())
        return peer;
    auto created = run(RunaiClient(&admin).createUser(email));
    peer.error = created->error();
    if (peer.error.isError())
        return peer;
    peer.password = created->result().tempPassword;
    Session user(fastSettings(baseUrl));
    peer.error = run(RunaiClient(&user).signIn(email, peer.password))->error();
    if (peer.error.isError())
        return peer;
    auto key = run(RunaiClient(&user).createAccessKey(keyName));
    peer.error = key->error();
    peer.key = key->result().key;
    peer.secret = key->result().secret;
    return peer;
}

NewApplication makeServiceAccount(const QUrl &baseUrl, const QString &adminEmail,
                                  const QString &adminPassword, const QString &name)
{
    Session admin(fastSettings(baseUrl));
    if (!run(RunaiClient(&admin).signIn(adminEmail, adminPassword))->succeeded())
        return {};
    auto created = run(RunaiClient(&admin).createApplication(name));
    return created->succeeded() ? created->result() : NewApplication();
}

} // namespace runai::test
