#pragma once

#include "httpexchange.h"
#include "sandboxoptions.h"

#include <QJsonObject>
#include <QString>

namespace runai::sandbox {

class SandboxStore;
class TokenIssuer;

// Who is calling, as proven by the bearer token.
struct Principal
{
    enum class Kind { User, App };
    Kind kind = Kind::User;
    QString id;
    QString name; // the user's email or the app's client id; what createdBy shows
    bool installerAdmin = false; // the admin from the options always passes authorization
};

// What every endpoint needs: the options, the API level they imply, the data and the tokens.
struct ApiContext
{
    const SandboxOptions &options;
    int level; // 218, 220 or 224: the behaviour level picked from options.apiVersion
    SandboxStore &store;
    TokenIssuer &tokens;

    bool hasClientIds() const { return level >= 220; }
    bool hasServiceAccounts() const { return level >= 224; }
};

// "2.18" -> 218, "2.20" -> 220, "2.24" -> 224 (versions in between round down); 0 if unusable.
int apiLevelFor(const QString &apiVersion);

// The body of a JSON endpoint as an object. False with the answer in *error: 415 for another
// content type, 400 for a body that is not a JSON object.
bool readJsonObject(const ApiRequest &request, QJsonObject *object, ApiResponse *error);

// A field looked up the way Go's encoding/json does: exact key first, then any key that matches
// case-insensitively ("clientId" finds "clientID"). Run:ai's own examples use three casings.
QJsonValue jsonField(const QJsonObject &object, QStringView key);

ApiResponse methodNotAllowed(const QByteArray &allowed);
ApiResponse notFound(const QString &what = {});

} // namespace runai::sandbox
